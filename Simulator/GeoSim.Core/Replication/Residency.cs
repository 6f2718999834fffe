using GeoSim.Core.Checkers;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication;

/// <summary>
/// Where each key's data class may be (<c>data-classes:</c>), as a strategy places data: whether a
/// node may hold a key, whether it serves the key's reads and writes, and the ledger's holder set
/// for a key's writes (the data nodes in its class's regions). Keys of no class, or of a class
/// without <c>residency</c>, may be anywhere. A <c>migrate</c> changes a class's regions in two
/// steps (<see cref="Widen"/>, then <see cref="CutOver"/>); between them the class is held in the
/// old regions and the new ones, and served from the old ones.
/// </summary>
public sealed class Residency
{
    private readonly IReadOnlyList<DataClassSpec> _classes;
    private readonly Topology.Topology _topology;
    private readonly CommitLedger _ledger;
    private readonly bool[]?[] _holds;
    private readonly bool[]?[] _serves;
    private readonly ulong[]?[] _holders;
    private readonly int[] _epochs;

    /// <param name="migrates">True when a class's regions change during the run.</param>
    internal Residency(IReadOnlyList<DataClassSpec> classes, Topology.Topology topology, CommitLedger ledger, bool migrates = false)
    {
        _classes = classes;
        _topology = topology;
        _ledger = ledger;
        _holds = [.. classes.Select(c => Mask(c.Residency))];
        _serves = [.. _holds];
        _holders = new ulong[]?[classes.Count];
        _epochs = new int[classes.Count];
        for (var c = 0; c < classes.Count; c++)
        {
            _holders[c] = HolderSet(_holds[c]);
        }
        Restricts = migrates || classes.Any(c => c.Residency is not null);
    }

    /// <summary>True when some key may not be everywhere, now or later in the run.</summary>
    public bool Restricts { get; }

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

    /// <summary>Whether <paramref name="node"/> may receive and store <paramref name="key"/>'s values.</summary>
    public bool MayHold(int key, NodeId node) => MayHold(key, _topology.RegionOf(node));

    public bool MayHold(int key, RegionId region) => ClassOf(key) is var c && (c < 0 || _holds[c]?[region.Index] != false);

    /// <summary>Whether <paramref name="node"/> serves <paramref name="key"/>'s reads and writes (a node joining the class's regions holds it before it serves it).</summary>
    public bool Serves(int key, NodeId node) => ClassOf(key) is var c && (c < 0 || _serves[c]?[_topology.RegionOf(node).Index] != false);

    /// <summary>How many times the regions of <paramref name="key"/>'s class have changed so far: a message tells what its sender knew.</summary>
    public int EpochOf(int key) => ClassOf(key) is var c and >= 0 ? _epochs[c] : 0;

    /// <summary>The nodes expected to hold a write of <paramref name="key"/>; null: every node with data.</summary>
    internal ulong[]? HoldersOf(int key) => ClassOf(key) is var c and >= 0 ? _holders[c] : null;

    /// <summary>Class <paramref name="dataClass"/> is held in <paramref name="to"/> too, still served where it was.</summary>
    internal void Widen(int dataClass, IReadOnlyList<RegionId> to)
    {
        var holds = _holds[dataClass] is { } now ? (bool[])now.Clone() : null;
        foreach (var region in to)
        {
            if (holds is not null)
            {
                holds[region.Index] = true;
            }
        }
        Change(dataClass, holds, _serves[dataClass]);
    }

    /// <summary>Class <paramref name="dataClass"/> is held and served in <paramref name="to"/> only.</summary>
    internal void CutOver(int dataClass, IReadOnlyList<RegionId> to)
    {
        var mask = Mask(to);
        Change(dataClass, mask, mask);
    }

    private void Change(int dataClass, bool[]? holds, bool[]? serves)
    {
        _holds[dataClass] = holds;
        _serves[dataClass] = serves;
        _holders[dataClass] = HolderSet(holds);
        _epochs[dataClass]++;
    }

    private bool[]? Mask(IReadOnlyList<RegionId>? regions)
    {
        if (regions is null)
        {
            return null;
        }
        var mask = new bool[_topology.RegionCount];
        foreach (var region in regions)
        {
            mask[region.Index] = true;
        }
        return mask;
    }

    private ulong[]? HolderSet(bool[]? holds) => holds is null ? null
        : CommitLedger.HolderSet(_topology.NodeCount, Enumerable.Range(0, _topology.NodeCount).Select(n => new NodeId(n))
            .Where(n => _ledger.HoldsData(n) && holds[_topology.RegionOf(n).Index]));
}
