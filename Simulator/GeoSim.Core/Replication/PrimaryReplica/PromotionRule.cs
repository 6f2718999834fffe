namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary><c>promote:</c> which replica an election picks.</summary>
public enum PromotionRule
{
    /// <summary>The candidate that has applied the most of the log (then the nearest to the old primary).</summary>
    MostCaughtUp,

    /// <summary>The candidate nearest to the old primary's region by configured latency (then the most caught up).</summary>
    Nearest,

    /// <summary>Detect only: nobody is promoted and writes stay unavailable until the primary returns.</summary>
    None,
}
