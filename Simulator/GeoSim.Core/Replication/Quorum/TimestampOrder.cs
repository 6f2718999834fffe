namespace GeoSim.Core.Replication.Quorum;

/// <summary>Last-writer-wins: of two versions the one with the higher timestamp is the value; the other is gone.</summary>
internal sealed class TimestampOrder : VersionOrder
{
    public override bool Adds(Version incoming, Version held) => incoming.NewerThan(held);

    public override Version Merge(Version held, Version incoming) => incoming.NewerThan(held) ? incoming : held;

    public override bool Includes(Version value, (long, long) mark) => value.AtLeast(mark.Item1, mark.Item2);

    public override (long, long) Mark(Version written, int coordinator) => (written.Wall, written.Tie);
}
