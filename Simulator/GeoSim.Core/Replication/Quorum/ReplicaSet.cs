using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// The N replicas of one key and the regions they are in, with the arithmetic of a consistency
/// level over them: whether the replicas that answered are enough, and which ones to ask first.
/// </summary>
internal sealed class ReplicaSet(NodeId[] nodes, RegionId[] regions)
{
    public NodeId[] Nodes { get; } = nodes;

    public RegionId[] Regions { get; } = regions;

    public int Count => Nodes.Length;

    public int IndexOf(NodeId node) => Array.IndexOf(Nodes, node);

    /// <summary>True when the replicas marked in <paramref name="answered"/> meet <paramref name="level"/> for a coordinator in <paramref name="local"/>.</summary>
    public bool Met(ConsistencyLevel level, RegionId local, bool[] answered)
    {
        switch (level.Kind)
        {
            case LevelKind.LocalOne:
            case LevelKind.LocalQuorum:
                var inRegion = CountIn(local, null);
                return inRegion > 0 && CountIn(local, answered) >= level.Needed(inRegion);
            case LevelKind.EachQuorum:
                for (var i = 0; i < Count; i++)
                {
                    if (CountIn(Regions[i], answered) < level.Needed(CountIn(Regions[i], null)))
                    {
                        return false;
                    }
                }
                return true;
            default:
                return answered.Count(a => a) >= level.Needed(Count);
        }
    }

    /// <summary>
    /// The fewest replicas that can meet <paramref name="level"/>, taken in the order of
    /// <paramref name="preference"/> (indices into <see cref="Nodes"/>, nearest first).
    /// </summary>
    public List<int> Targets(ConsistencyLevel level, RegionId local, IReadOnlyList<int> preference)
    {
        var chosen = new List<int>();
        switch (level.Kind)
        {
            case LevelKind.LocalOne:
            case LevelKind.LocalQuorum:
                chosen.AddRange(preference.Where(i => Regions[i] == local).Take(level.Needed(CountIn(local, null))));
                break;
            case LevelKind.EachQuorum:
                foreach (var region in Regions.Distinct())
                {
                    chosen.AddRange(preference.Where(i => Regions[i] == region).Take(level.Needed(CountIn(region, null))));
                }
                break;
            default:
                chosen.AddRange(preference.Take(level.Needed(Count)));
                break;
        }
        return chosen;
    }

    private int CountIn(RegionId region, bool[]? marked)
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            n += Regions[i] == region && (marked is null || marked[i]) ? 1 : 0;
        }
        return n;
    }
}
