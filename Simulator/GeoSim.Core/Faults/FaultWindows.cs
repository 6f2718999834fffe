using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Faults;

/// <summary>
/// When each fault acted and what it cut (a node down, a region pair's link, a region isolated),
/// so that a failover is anchored to the fault that cut its old primary off from its successor,
/// and not to an unrelated fault elsewhere that happened to start later.
/// </summary>
internal sealed class FaultWindows(Topology.Topology topology)
{
    private readonly List<Window> _windows = [];

    /// <summary>Opens a window; returns its handle for <see cref="Close"/>.</summary>
    public int OpenOutage(RegionId region, int? node, long now) => Open(new Window(Cut.Down, region.Index, node ?? -1, now));

    /// <summary>A partition, a slow or a lossy link between two regions (either direction).</summary>
    public int OpenLink(RegionId a, RegionId b, long now) => Open(new Window(Cut.Link, a.Index, b.Index, now));

    public int OpenIsolation(RegionId region, long now) => Open(new Window(Cut.Isolation, region.Index, -1, now));

    public void Close(int handle, long now) => _windows[handle] = _windows[handle] with { End = now };

    /// <summary>
    /// When the fault that cut <paramref name="oldPrimary"/> off from <paramref name="successor"/>
    /// started (long.MinValue: no fault did). Of the faults still acting now, the earliest: a later
    /// one that only overlaps it changed nothing. When none acts any more, the latest that ended.
    /// </summary>
    public long CutOffSince(NodeId oldPrimary, NodeId successor, long now)
    {
        var earliestActive = long.MaxValue;
        var latestEnded = long.MinValue;
        foreach (var w in _windows)
        {
            if (w.Start > now || !Cuts(w, oldPrimary, successor))
            {
                continue;
            }
            if (w.End > now)
            {
                earliestActive = Math.Min(earliestActive, w.Start);
            }
            else
            {
                latestEnded = Math.Max(latestEnded, w.Start);
            }
        }
        return earliestActive != long.MaxValue ? earliestActive : latestEnded;
    }

    private int Open(Window window)
    {
        _windows.Add(window);
        return _windows.Count - 1;
    }

    private bool Cuts(Window w, NodeId oldPrimary, NodeId successor)
    {
        var from = topology.RegionOf(oldPrimary).Index;
        var to = topology.RegionOf(successor).Index;
        return w.Kind switch
        {
            Cut.Down => w.A == from && (w.B < 0 || topology.NodeIn(new RegionId(from), w.B) == oldPrimary),
            Cut.Link => from != to && ((w.A == from && w.B == to) || (w.A == to && w.B == from)),
            Cut.Isolation => from != to && (w.A == from || w.A == to),
            _ => false,
        };
    }

    private enum Cut
    {
        Down,
        Link,
        Isolation,
    }

    /// <summary>A, B: the regions (or, for a node down, the region and the node's index in it, -1 for all).</summary>
    private sealed record Window(Cut Kind, int A, int B, long Start)
    {
        public long End { get; init; } = long.MaxValue;
    }
}
