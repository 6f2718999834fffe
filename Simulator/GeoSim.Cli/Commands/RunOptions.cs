using System.CommandLine;

namespace GeoSim.Cli.Commands;

/// <summary>The options <c>run</c>, <c>compare</c> and <c>replay</c> share: --seed, --out, --force, --duration, --trace, --trace-sample.</summary>
internal sealed class RunOptions
{
    private readonly Option<long?> _seed = new("--seed", "-s") { Description = "Seed of every random stream (overrides the scenario's)." };
    private readonly Option<string?> _outDir = new("--out", "-o") { Description = "Output folder (default: results/<scenario-name>)." };
    private readonly Option<bool> _force = new("--force") { Description = "Replace an output folder GeoSim wrote for another scenario (never one holding other files)." };
    private readonly Option<string?> _duration = new("--duration", "-d") { Description = "Simulated time, e.g. 30s or 2m (overrides the scenario's)." };
    private readonly Option<bool> _trace = new("--trace") { Description = "Also write trace.json, the simulated timeline for ui.perfetto.dev or chrome://tracing." };
    private readonly Option<double?> _traceSample = new("--trace-sample")
    {
        Description = $"With --trace: the share, in (0, 1], of node messages and client ops drawn into the trace (default {RunRequest.DefaultTraceSample}).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_seed);
        command.Options.Add(_outDir);
        command.Options.Add(_force);
        command.Options.Add(_duration);
        command.Options.Add(_trace);
        command.Options.Add(_traceSample);
    }

    public RunRequest Read(ParseResult parsed, string scenarioPath) =>
        new(scenarioPath, parsed.GetValue(_seed), parsed.GetValue(_outDir), parsed.GetValue(_duration), parsed.GetValue(_force),
            ["geosim", .. parsed.Tokens.Select(t => t.Value)])
        {
            Trace = parsed.GetValue(_trace),
            TraceSample = parsed.GetValue(_traceSample),
        };
}
