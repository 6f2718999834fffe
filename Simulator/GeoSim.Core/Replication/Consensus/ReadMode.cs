namespace GeoSim.Core.Replication.Consensus;

/// <summary>Where a consensus read is served (<c>reads:</c>); written in the scenario as the lower-case name.</summary>
public enum ReadMode
{
    /// <summary>The leader serves locally while its lease holds.</summary>
    Lease,

    /// <summary>The leader confirms its leadership with a round trip to a majority first (linearizable without clocks).</summary>
    Quorum,

    /// <summary>Any replica serves locally at its closed timestamp (bounded staleness).</summary>
    Follower,
}
