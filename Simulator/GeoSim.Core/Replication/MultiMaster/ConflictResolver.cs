using GeoSim.Core.Clocks;

namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>
/// Decides between a node's current version of a key and an incoming one. Pure: the same two
/// versions give the same answer at every node, which is what makes replicas converge.
/// </summary>
internal sealed class ConflictResolver(MultiMasterSpec spec, Func<int, int> regionPriorityOfNode)
{
    /// <summary>True when <paramref name="incoming"/> should replace <paramref name="local"/>.</summary>
    public bool IncomingWins(KeyVersion local, KeyVersion incoming, CausalOrder order) => spec.Resolution switch
    {
        // Timestamp order for every update, as timestamp-only LWW stores do: causality is ignored.
        ConflictResolution.Lww or ConflictResolution.HlcLww or ConflictResolution.Crdt => Later(incoming, local),
        ConflictResolution.Priority => order switch
        {
            CausalOrder.After => true,
            CausalOrder.Before or CausalOrder.Equal => false,
            _ => PriorityWins(incoming, local),
        },
        _ => throw new InvalidOperationException($"no resolver for {spec.Resolution}"),
    };

    /// <summary>Higher timestamp wins; equal timestamps go to the higher node id, so every node agrees.</summary>
    private static bool Later(KeyVersion a, KeyVersion b) =>
        a.Time.CompareTo(b.Time) is var c && (c > 0 || (c == 0 && a.Origin > b.Origin));

    private bool PriorityWins(KeyVersion incoming, KeyVersion local)
    {
        var a = regionPriorityOfNode(incoming.Origin);
        var b = regionPriorityOfNode(local.Origin);
        return a != b ? a < b : Later(incoming, local);
    }
}
