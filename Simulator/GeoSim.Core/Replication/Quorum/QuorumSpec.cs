using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// <c>type: quorum</c>: leaderless replication (Dynamo, Cassandra). Each key has N replicas
/// (<see cref="Placement"/>); the node a client reaches coordinates its op, sends it to the
/// replicas, and answers after <see cref="WriteLevel"/> acknowledgements or
/// <see cref="ReadLevel"/> responses, the newest version read winning.
/// </summary>
/// <param name="HintWindow">Hinted handoff: how long a hint is kept; null: off.</param>
/// <param name="Sloppy">Under hinted handoff: a write for a replica that did not answer last time goes to the next node of the ring, which keeps it as a hint and counts toward W.</param>
/// <param name="AntiEntropyEvery">How often each replica exchanges versions with another; null: never.</param>
/// <param name="Wars">PBS per-message delays added to the link latency; null: none.</param>
/// <param name="Service">Per-replica service time; null: none.</param>
/// <param name="RequestTimeout">How long a coordinator waits for the replicas of one op.</param>
public sealed record QuorumSpec(
    string Label,
    Placement Placement,
    ConsistencyLevel WriteLevel,
    ConsistencyLevel ReadLevel,
    ReadTargets ReadTargets,
    SpeculativeRetry Speculative,
    bool ReadRepair,
    SimDuration? HintWindow,
    bool Sloppy,
    SimDuration? AntiEntropyEvery,
    Resolution Resolution,
    WarsDelays? Wars,
    ServiceTime? Service,
    SimDuration RequestTimeout)
    : StrategySpec(Label)
{
    public override string Type => QuorumStrategy.Name;

    public override StrategyCapabilities Capabilities => StrategyCapabilities.ProbesReads;
}
