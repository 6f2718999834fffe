using GeoSim.Core.Checkers;
using GeoSim.Core.Metrics;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication;

/// <summary>What a node of a strategy that settles concurrent writes tells the metrics and the truth.</summary>
public sealed class ConflictHooks
{
    private readonly MetricsRecorder _metrics;
    private readonly CommitLedger _ledger;
    private readonly Topology.Topology _topology;
    private readonly Func<long> _now;
    private readonly NodeId _node;

    internal ConflictHooks(MetricsRecorder metrics, CommitLedger ledger, Topology.Topology topology, Func<long> now, NodeId node) =>
        (_metrics, _ledger, _topology, _now, _node) = (metrics, ledger, topology, now, node);

    /// <summary>This node found two concurrent versions of a key.</summary>
    public void Record() => _metrics.OnConflict(_topology.RegionOf(_node), _now());

    /// <summary>How many keys this node now holds several concurrent versions of.</summary>
    public void ReportSiblingKeys(int keys) => _metrics.OnSiblingKeys(_node, keys);

    /// <summary>The same for a write known by reference: nothing when its id was freed since (it was applied everywhere, so it was not lost).</summary>
    public void RecordLost(WriteRef write)
    {
        if (write.Id != CommitLedger.Initial && _ledger.IsLive(write))
        {
            RecordLost(write.Id);
        }
    }

    /// <summary>This node discarded <paramref name="write"/> in favour of a version that did not causally follow it.</summary>
    public void RecordLost(int write)
    {
        if (_ledger.MarkLost(write, _now()))
        {
            _metrics.OnLostUpdates(_topology.RegionOf(_ledger.OriginOf(write)), 1, _now());
        }
    }
}
