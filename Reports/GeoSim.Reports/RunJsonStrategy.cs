namespace GeoSim.Reports;

/// <summary>One strategy's entry in run.json.</summary>
internal sealed record RunJsonStrategy(
    string Strategy,
    long EventsProcessed,
    double SimulatedSeconds,
    bool Completed);
