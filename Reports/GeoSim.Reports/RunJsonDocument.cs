namespace GeoSim.Reports;

/// <summary>
/// The content of run.json; the declaration order is the key order in the file. <c>Format</c> and
/// <c>Files</c> make it the marker of a folder GeoSim wrote (<see cref="OutputMarker"/>).
/// </summary>
internal sealed record RunJsonDocument(
    string Format,
    string Scenario,
    long Seed,
    string GeosimVersion,
    string Fingerprint,
    double MetricsIntervalSeconds,
    IReadOnlyList<RunJsonStrategy> Strategies,
    long EventsProcessed,
    double WallSeconds,
    bool Partial,
    IReadOnlyList<string> CommandLine,
    RunJsonEnvironment Environment,
    IReadOnlyList<string> Files);
