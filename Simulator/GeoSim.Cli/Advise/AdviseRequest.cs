namespace GeoSim.Cli.Advise;

/// <summary>What <c>geosim advise</c> was asked: the scenario, the targets, what to try, how to rank, how many seeds, where and how fast.</summary>
internal sealed record AdviseRequest(
    string Scenario,
    string Slo,
    IReadOnlyList<string> Tries,
    string Objective,
    int Seeds,
    string? OutDir,
    int Parallel,
    bool Force);
