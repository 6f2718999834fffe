namespace GeoSim.Reports;

/// <summary>The content of run.json; the declaration order is the key order in the file.</summary>
internal sealed record RunJsonDocument(
    string Scenario,
    long Seed,
    string GeosimVersion,
    string Fingerprint,
    IReadOnlyList<RunJsonStrategy> Strategies,
    long EventsProcessed,
    double WallSeconds,
    bool Partial,
    IReadOnlyList<string> CommandLine);
