using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Workload;

/// <summary>
/// One open-loop Poisson client population: arrivals never wait for replies, so an unavailable
/// system keeps receiving load, as a real front end does.
/// </summary>
internal sealed class ClientGroup(ClientSpec spec, RegionId entryRegion, long timeoutNanos)
{
    private readonly double _meanGapNanos = 1e9 / spec.RatePerSecond;

    public RegionId Region => spec.Region;

    /// <summary>The region whose nodes receive this population's requests.</summary>
    public RegionId EntryRegion { get; } = entryRegion;
    public long TimeoutNanos { get; } = timeoutNanos;
    public int Sessions => spec.Sessions;
    public Consistency Consistency => spec.Consistency;

    /// <summary>No op is issued from this time on.</summary>
    public long UntilNanos { get; } = spec.Until?.Nanos ?? long.MaxValue;

    public long NextGap(RandomStream rng) => (long)Math.Ceiling(-_meanGapNanos * Math.Log(rng.NextDoubleOpenZero()));

    public OpKind NextKind(RandomStream rng) => rng.NextDouble() < spec.ReadFraction ? OpKind.Read : OpKind.Write;

    public int NextSession(RandomStream rng) => rng.Next(spec.Sessions);
}
