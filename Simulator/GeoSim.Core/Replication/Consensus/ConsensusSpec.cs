using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Replication.Consensus;

/// <summary>
/// <c>type: consensus</c>: a Raft-style replicated log over regions. The leader appends each
/// write, replicates it, commits it at a majority of <see cref="Voters"/> and applies it in log
/// order; elections replace a leader that goes silent; reads go where <see cref="Reads"/> says.
/// </summary>
/// <param name="Voters">The regions whose nodes vote (every node of each).</param>
/// <param name="NonVoters">The regions whose nodes receive the log without voting (learners).</param>
/// <param name="Leader">The region whose first node leads at the start (and, with <see cref="StickyLeader"/>, again after a failover).</param>
/// <param name="ElectionTimeout">T: a follower that hears no leader for a time drawn in [T, 2T] stands for election.</param>
/// <param name="ClosedTimestampLag">Follower reads: a replica applies what was committed by the leader's time t only at t + this lag.</param>
/// <param name="CommitWait">Waited after a commit before the acknowledgement (Spanner's commit wait).</param>
/// <param name="AppendTime">Persistence time of an append at each node, before it counts toward a majority.</param>
/// <param name="ClockOffsetCheck">False: a node whose clock is off by more than <see cref="MaxClockOffset"/> keeps serving.</param>
public sealed record ConsensusSpec(
    string Label,
    IReadOnlyList<RegionId> Voters,
    IReadOnlyList<RegionId> NonVoters,
    RegionId Leader,
    SimDuration ElectionTimeout,
    SimDuration Heartbeat,
    bool PreVote,
    ReadMode Reads,
    SimDuration Lease,
    SimDuration MaxClockOffset,
    bool ClockOffsetCheck,
    SimDuration ClosedTimestampLag,
    SimDuration CommitWait,
    SimDuration AppendTime,
    bool StickyLeader)
    : StrategySpec(Label)
{
    public override string Type => ConsensusStrategy.Name;

    /// <summary>Lease and quorum reads promise linearizability; follower reads only bounded staleness.</summary>
    public override StrategyCapabilities Capabilities =>
        StrategyCapabilities.FailsOver | (Reads == ReadMode.Follower ? StrategyCapabilities.None : StrategyCapabilities.Linearizable);

    public override SimDuration? HeartbeatEvery => Heartbeat;

    public override string StartRole(RegionId region) => region == Leader ? "leader" : "replica";

    public bool Equals(ConsensusSpec? other) =>
        other is not null && base.Equals(other) && Voters.SequenceEqual(other.Voters) && NonVoters.SequenceEqual(other.NonVoters)
        && Leader == other.Leader && ElectionTimeout == other.ElectionTimeout && Heartbeat == other.Heartbeat && PreVote == other.PreVote
        && Reads == other.Reads && Lease == other.Lease && MaxClockOffset == other.MaxClockOffset && ClockOffsetCheck == other.ClockOffsetCheck
        && ClosedTimestampLag == other.ClosedTimestampLag && CommitWait == other.CommitWait && AppendTime == other.AppendTime
        && StickyLeader == other.StickyLeader;

    public override int GetHashCode() => HashCode.Combine(Label, Leader, ElectionTimeout, Reads, Lease, CommitWait, AppendTime);
}
