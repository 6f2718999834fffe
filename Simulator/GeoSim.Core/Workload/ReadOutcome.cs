namespace GeoSim.Core.Workload;

/// <summary>What the truth says of the value a read returned, judged when the node served it.</summary>
/// <param name="Stale">It was not the latest committed value of its key.</param>
/// <param name="StalenessNanos">How long ago it had been superseded (0 when fresh).</param>
/// <param name="VersionsBehind">
/// How many versions of its key in the truth were newer than the value returned (0 when fresh),
/// counted up to <see cref="DeepestVersionsBehind"/>, which stands for that many or more (and for a
/// value that is no version of the truth at all: discarded, or whose id was reused).
/// </param>
public readonly record struct ReadOutcome(bool Stale, long StalenessNanos, int VersionsBehind)
{
    /// <summary>k-staleness is reported for k = 1 … this; a read further behind counts as this far.</summary>
    public const int DeepestVersionsBehind = 3;

    public static readonly ReadOutcome Fresh = new(false, 0, 0);
}
