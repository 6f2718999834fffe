namespace GeoSim.Reports.Html;

/// <summary>What report.html says about the scenario that the run results do not carry.</summary>
/// <param name="Duration">The simulated duration as the scenario writes it, e.g. "2m".</param>
public sealed record ReportHeader(
    string ScenarioName,
    string Description,
    long Seed,
    string Fingerprint,
    string Duration,
    string Version);
