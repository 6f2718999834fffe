namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary><c>promote-within:</c> which replicas may stand in an election.</summary>
public enum PromoteWithin
{
    /// <summary>Any replica.</summary>
    Any,

    /// <summary>Only replicas in the old primary's region (a primary never moves to another region).</summary>
    Region,
}
