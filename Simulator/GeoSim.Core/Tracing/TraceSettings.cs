namespace GeoSim.Core.Tracing;

/// <summary>What a run's trace records (see <see cref="TraceLog"/>).</summary>
/// <param name="Sample">The share, in (0, 1], of node-to-node messages and client ops drawn into the trace.</param>
/// <param name="MaxEntries">
/// The most entries the trace keeps: past it, the recorder halves its share and drops the drawn
/// entries the lower share would not have drawn, so a long run's trace stays within a known size.
/// </param>
public sealed record TraceSettings(double Sample, int MaxEntries)
{
    /// <summary>Entries kept by default: about 50 MB of trace.json at ~350 bytes per message entry.</summary>
    public const int DefaultMaxEntries = 140_000;
}
