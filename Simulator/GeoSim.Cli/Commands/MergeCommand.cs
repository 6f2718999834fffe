using System.CommandLine;
using GeoSim.Cli.Sweep;

namespace GeoSim.Cli.Commands;

/// <summary><c>geosim merge DIR... --out DIR [--force]</c>: the shards of a sweep into the sweep's output.</summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folders = new Argument<string[]>("folders") { Description = "Output folders of geosim sweep --shard.", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string>("--out", "-o") { Description = "Output folder of the merged sweep.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace an output folder GeoSim wrote for something else (never one holding other files)." };
        var command = new Command("merge", "Combine the shard folders of a sweep into exactly what the unsharded sweep writes.");
        command.Arguments.Add(folders);
        command.Options.Add(outDir);
        command.Options.Add(force);
        command.SetAction(parsed => new MergeSession(output, error).Run(parsed.GetValue(folders)!, parsed.GetValue(outDir)!, parsed.GetValue(force)));
        return command;
    }
}
