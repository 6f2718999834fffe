using System.CommandLine;

namespace GeoSim.Cli.Commands;

/// <summary>The options <c>sweep</c> and <c>advise</c> share: where the folder goes, how many runs at once, and replacing a folder.</summary>
internal static class SweepOptions
{
    public static Option<string?> Out(string defaultFolder) =>
        new("--out", "-o") { Description = $"Output folder (default: {defaultFolder}); a re-run reuses the runs it holds." };

    public static Option<int> Parallel() => new("--parallel", "-p")
    {
        Description = "Runs at once, on threads of this process (default: the number of cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static Option<bool> Force() =>
        new("--force") { Description = "Replace an output folder GeoSim wrote for something else (never one holding other files)." };

    /// <summary>The problem with a --parallel value, or null when it is at least 1.</summary>
    public static string? ParallelProblem(int threads) => threads < 1 ? $"--parallel {threads}: must be at least 1" : null;
}
