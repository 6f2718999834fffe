using GeoSim.Core.Checkers;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication;

/// <summary>
/// Where each key's data class may be (<c>data-classes:</c>), as a strategy places data: whether a
/// node may hold a key, and the ledger's holder set for a key's writes (the data nodes in its
/// class's regions). Keys of no class, or of a class without <c>residency</c>, may be anywhere.
/// </summary>
public sealed class Residency
{
    private readonly IReadOnlyList<DataClassSpec> _classes;
    private readonly Topology.Topology _topology;
    private readonly ulong[]?[] _holders;

    internal Residency(IReadOnlyList<DataClassSpec> classes, Topology.Topology topology, CommitLedger ledger)
    {
        _classes = classes;
        _topology = topology;
        _holders = classes.Select(c => c.Residency is null ? null : CommitLedger.HolderSet(topology.NodeCount,
            Enumerable.Range(0, topology.NodeCount).Select(n => new NodeId(n)).Where(n => ledger.HoldsData(n) && c.Allows(topology.RegionOf(n))))).ToArray();
    }

    /// <summary>True when some key may not be everywhere.</summary>
    public bool Restricts => _classes.Any(c => c.Residency is not null);

    /// <summary>The index of the class of <paramref name="key"/>, or -1 (the unnamed class).</summary>
    public int ClassOf(int key)
    {
        for (var c = 0; c < _classes.Count; c++)
        {
            if (_classes[c].Contains(key))
            {
                return c;
            }
        }
        return -1;
    }

    public bool MayHold(int key, NodeId node) => ClassOf(key) is var c && (c < 0 || _classes[c].Allows(_topology.RegionOf(node)));

    public bool MayHold(int key, RegionId region) => ClassOf(key) is var c && (c < 0 || _classes[c].Allows(region));

    /// <summary>The nodes expected to hold a write of <paramref name="key"/>; null: every node with data.</summary>
    internal ulong[]? HoldersOf(int key) => ClassOf(key) is var c and >= 0 ? _holders[c] : null;
}
