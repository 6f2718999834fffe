using GeoSim.Core.Replication.Cascade;
using GeoSim.Core.Replication.MultiMaster;
using GeoSim.Core.Replication.PrimaryReplica;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Replication;

/// <summary>Every strategy GeoSim knows: adding one is a folder and a line here.</summary>
public static class StrategyCatalog
{
    /// <summary>Creates the strategy's behaviour at one node.</summary>
    public static ReplicationStrategy Create(StrategySpec spec, NodeContext context) => spec switch
    {
        PrimaryReplicaSpec primaryReplica => new PrimaryReplicaNode(context, primaryReplica),
        CascadeSpec cascade => new CascadeNode(context, cascade),
        MultiMasterSpec multiMaster => new MultiMasterNode(context, multiMaster),
        _ => throw new ArgumentException($"no strategy implements {spec.GetType().Name}", nameof(spec)),
    };
}
