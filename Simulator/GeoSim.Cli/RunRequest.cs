namespace GeoSim.Cli;

/// <summary>What <c>run</c> and <c>compare</c> were asked to do, as parsed from the command line.</summary>
internal sealed record RunRequest(string ScenarioPath, long? Seed, string? OutDir, string? Duration, bool Force, IReadOnlyList<string> CommandLine);
