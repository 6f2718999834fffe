namespace GeoSim.Cli.Sweep;

/// <summary>A sweep file as read, before the scenario is looked at (docs/sweeps.md).</summary>
/// <param name="FilePath">The sweep file, as given on the command line.</param>
/// <param name="Name">Its file name without extension: the output folder's default name.</param>
/// <param name="Scenario">A path relative to the sweep file's folder, or a shipped scenario's name.</param>
/// <param name="Seeds">The seeds every variant runs with, in order.</param>
/// <param name="Vary">The varied paths, in file order.</param>
/// <param name="Set">Paths given one value for every variant.</param>
/// <param name="Metrics">The <c>metric.statistic</c> selectors, or null for every summary metric.</param>
internal sealed record SweepFile(
    string FilePath,
    string Name,
    SweepText Scenario,
    IReadOnlyList<long> Seeds,
    IReadOnlyList<SweepAxis> Vary,
    IReadOnlyList<SweepAxis> Set,
    IReadOnlyList<SweepText>? Metrics);
