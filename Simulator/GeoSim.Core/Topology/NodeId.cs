namespace GeoSim.Core.Topology;

/// <summary>A database node, numbered region by region from 0.</summary>
public readonly record struct NodeId(int Index)
{
    public override string ToString() => $"n{Index}";
}
