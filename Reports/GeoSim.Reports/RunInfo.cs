namespace GeoSim.Reports;

/// <summary>
/// What only the caller knows about a run: the core has no clock and does not see the command line.
/// </summary>
/// <param name="Version">The GeoSim version that produced the results.</param>
/// <param name="WallSeconds">Wall-clock time of the whole run, measured by the caller.</param>
/// <param name="CommandLine">The arguments the run was started with, program name first.</param>
/// <param name="Interrupted">True when the caller stopped the run early (e.g. Ctrl-C), so the
/// results are partial even if every strategy reports itself completed.</param>
public sealed record RunInfo(
    string Version,
    double WallSeconds,
    IReadOnlyList<string> CommandLine,
    bool Interrupted = false)
{
    /// <summary>The machine and runtime; this process's unless a test fixes it.</summary>
    public RunEnvironment Environment { get; init; } = RunEnvironment.Current;
}
