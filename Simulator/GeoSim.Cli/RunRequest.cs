namespace GeoSim.Cli;

/// <summary>What <c>run</c> and <c>compare</c> were asked to do, as parsed from the command line.</summary>
internal sealed record RunRequest(string ScenarioPath, long? Seed, string? OutDir, string? Duration, bool Force, IReadOnlyList<string> CommandLine)
{
    /// <summary>The share of messages and ops a trace draws when --trace-sample is not given.</summary>
    public const double DefaultTraceSample = 0.02;

    /// <summary>Whether to write trace.json (--trace).</summary>
    public bool Trace { get; init; }

    /// <summary>--trace-sample, when given.</summary>
    public double? TraceSample { get; init; }
}
