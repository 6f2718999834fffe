namespace GeoSim.Core.Replication.Consensus;

/// <summary>
/// As CockroachDB does: a node compares its clock with its leader's, from the stamp of each append
/// and the mean one-way latency, and one that is off by more than <c>max-clock-offset</c> stops
/// serving (no follower reads, no candidacy) until it is back within bounds. A leader whose
/// clock most of the other voters find off steps down. With <c>clock-offset-check: false</c>
/// nothing stops, and leases are no longer safe.
/// </summary>
internal sealed class ClockCheck(NodeContext context, ConsensusSpec spec)
{
    /// <summary>True while this node's clock is known to be too far off to serve.</summary>
    public bool Off { get; private set; }

    /// <summary>An append from a leader in <paramref name="leader"/>'s region, stamped <paramref name="stamp"/>, arrived now: returns the offset seen, in microseconds.</summary>
    public int OnLeaderStamp(Topology.NodeId leader, long stamp)
    {
        var oneWay = (long)context.MeanLatencyNanos(context.Topology.RegionOf(leader), context.Region);
        var offset = context.LocalNowNanos - (stamp + oneWay);
        Judge(Math.Abs(offset) > spec.MaxClockOffset.Nanos, offset, "its leader's");
        return (int)Math.Clamp(offset / 1000, int.MinValue, int.MaxValue);
    }

    /// <summary>At the leader: <paramref name="offVoters"/> of the <paramref name="otherVoters"/> other voters find its clock off.</summary>
    public bool OnVoterReports(int offVoters, int otherVoters, long typicalOffsetNanos)
    {
        Judge(2 * offVoters > otherVoters, -typicalOffsetNanos, "most voters'");
        return Off;
    }

    private void Judge(bool off, long offsetNanos, string whose)
    {
        if (!spec.ClockOffsetCheck || off == Off)
        {
            return;
        }
        Off = off;
        context.Report(off ? "clock-offset" : "clock-offset-ok", off
            ? FormattableString.Invariant($"{context.Name}: its clock is {offsetNanos / 1e6:0.#} ms off {whose}, beyond max-clock-offset {spec.MaxClockOffset}; it stops serving")
            : $"{context.Name}: its clock is within max-clock-offset of {whose} again; it serves");
    }
}
