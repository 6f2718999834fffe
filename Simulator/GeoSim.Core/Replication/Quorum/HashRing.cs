using GeoSim.Core.Engine;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// A consistent-hashing ring over some nodes, each at <see cref="TokensPerNode"/> positions: a key's
/// replicas are the first distinct nodes met walking clockwise from the key's position. Positions
/// come from a fixed hash, so every node computes the same ring and nothing depends on the seed.
/// </summary>
internal sealed class HashRing
{
    /// <summary>Virtual nodes per node: enough to spread keys evenly over a handful of nodes.</summary>
    public const int TokensPerNode = 16;

    private readonly ulong[] _tokens;
    private readonly NodeId[] _owners;

    public HashRing(IReadOnlyList<NodeId> nodes)
    {
        var entries = nodes
            .SelectMany(n => Enumerable.Range(0, TokensPerNode).Select(v => (Token: Hash(((ulong)n.Index << 16) | (uint)v), Node: n)))
            .OrderBy(e => e.Token).ThenBy(e => e.Node.Index)
            .ToArray();
        _tokens = [.. entries.Select(e => e.Token)];
        _owners = [.. entries.Select(e => e.Node)];
        NodeCount = nodes.Count;
    }

    public int NodeCount { get; }

    /// <summary>The first <paramref name="count"/> distinct nodes clockwise from <paramref name="key"/>'s position, into <paramref name="into"/>.</summary>
    public void Walk(int key, int count, List<NodeId> into)
    {
        var start = Array.BinarySearch(_tokens, Hash(0x9E37_79B9_0000_0000UL ^ (uint)key));
        start = start >= 0 ? start : ~start;
        var taken = 0;
        for (var step = 0; step < _tokens.Length && taken < count; step++)
        {
            var owner = _owners[(start + step) % _tokens.Length];
            if (!into.Contains(owner))
            {
                into.Add(owner);
                taken++;
            }
        }
    }

    private static ulong Hash(ulong value) => RandomStream.SplitMix64(ref value);
}
