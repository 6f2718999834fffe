using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>A replica standing in an election, as its announcement described it.</summary>
/// <param name="LastEpoch">The epoch of the last log entry it applied: with the position, how caught up it is.</param>
internal readonly record struct Candidate(NodeId Node, int LastEpoch, long Position)
{
    /// <summary>Log order: a later epoch's entries come after an earlier epoch's, whatever their positions.</summary>
    public int CompareLog(Candidate other) =>
        LastEpoch != other.LastEpoch ? LastEpoch.CompareTo(other.LastEpoch) : Position.CompareTo(other.Position);
}
