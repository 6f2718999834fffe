using GeoSim.Core.Spec;

namespace GeoSim.Core.Topology;

/// <summary>The regions and nodes of a deployment, and which node lives where.</summary>
public sealed class Topology
{
    private readonly int[] _regionOfNode;
    private readonly int[] _firstNode;
    private readonly int[] _nodeCount;

    public Topology(IReadOnlyList<RegionSpec> regions)
    {
        RegionNames = regions.Select(r => r.Name).ToArray();
        _firstNode = new int[regions.Count];
        _nodeCount = new int[regions.Count];
        var owners = new List<int>();
        for (var r = 0; r < regions.Count; r++)
        {
            _firstNode[r] = owners.Count;
            _nodeCount[r] = regions[r].Nodes;
            owners.AddRange(Enumerable.Repeat(r, regions[r].Nodes));
        }
        _regionOfNode = owners.ToArray();
    }

    public IReadOnlyList<string> RegionNames { get; }
    public int RegionCount => RegionNames.Count;
    public int NodeCount => _regionOfNode.Length;

    public RegionId RegionOf(NodeId node) => new(_regionOfNode[node.Index]);
    public string RegionName(RegionId region) => RegionNames[region.Index];
    public int NodesIn(RegionId region) => _nodeCount[region.Index];

    /// <summary>The <paramref name="i"/>-th node of a region.</summary>
    public NodeId NodeIn(RegionId region, int i) => new(_firstNode[region.Index] + i);

    /// <summary>"region/i", as faults and events name a node.</summary>
    public string NodeName(NodeId node)
    {
        var region = RegionOf(node);
        return $"{RegionNames[region.Index]}/{node.Index - _firstNode[region.Index]}";
    }

    /// <summary>"src->dst", the scope of per-pair metrics.</summary>
    public string PairName(RegionId src, RegionId dst) => $"{RegionNames[src.Index]}->{RegionNames[dst.Index]}";
}
