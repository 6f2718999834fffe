namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// How replicas and coordinators of a quorum settle two versions of a key: the newer timestamp
/// wins (<c>lww</c>, <c>hlc-lww</c>), or concurrent writes are all kept (<c>siblings</c>).
/// </summary>
internal abstract class VersionOrder
{
    public static VersionOrder For(Resolution resolution) =>
        resolution == Resolution.Siblings ? new SiblingOrder() : new TimestampOrder();

    /// <summary>True when <paramref name="incoming"/> holds something <paramref name="held"/> does not: storing it changes the value.</summary>
    public abstract bool Adds(Version incoming, Version held);

    /// <summary>What a replica keeps of the two: under last-writer-wins the newer, with siblings both histories.</summary>
    public abstract Version Merge(Version held, Version incoming);

    /// <summary>True when <paramref name="value"/> holds the write marked <paramref name="mark"/> (see <see cref="Mark"/>) or a newer one.</summary>
    public abstract bool Includes(Version value, (long, long) mark);

    /// <summary>What identifies a new write for <see cref="Includes"/>: its timestamp, or its own event in its clock.</summary>
    public abstract (long, long) Mark(Version written, int coordinator);
}
