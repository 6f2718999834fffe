namespace GeoSim.Core.Workload;

/// <summary>What the truth says of the value a read returned, judged when the node served it.</summary>
/// <param name="Stale">It was not the latest committed value of its key.</param>
/// <param name="StalenessNanos">How long ago it had been superseded (0 when fresh).</param>
public readonly record struct ReadOutcome(bool Stale, long StalenessNanos)
{
    public static readonly ReadOutcome Fresh = new(false, 0);
}
