using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// Hinted handoff: versions kept for replicas that did not acknowledge them (or, under a sloppy
/// quorum, that this node stood in for), replayed once the replica answers again. Hints are
/// durable (they survive a crash, as on disk) and expire <c>hinted-handoff</c> after they were made.
/// </summary>
internal sealed class HintStore(long windowNanos)
{
    private readonly SortedDictionary<int, List<Hint>> _byTarget = [];
    private long _lastId;

    public bool Any => _byTarget.Count > 0;

    public void Add(NodeId target, int key, Version version, long now)
    {
        if (!_byTarget.TryGetValue(target.Index, out var hints))
        {
            _byTarget[target.Index] = hints = [];
        }
        hints.Add(new Hint(++_lastId, key, version, now));
    }

    /// <summary>Drops expired hints; returns, per target that still has some, its oldest hint (to find out whether it answers).</summary>
    public List<(NodeId Target, Hint Hint)> Oldest(long now)
    {
        var result = new List<(NodeId, Hint)>();
        foreach (var (target, hints) in _byTarget.ToList())
        {
            hints.RemoveAll(h => now - h.CreatedAt > windowNanos);
            if (hints.Count == 0)
            {
                _byTarget.Remove(target);
                continue;
            }
            result.Add((new NodeId(target), hints[0]));
        }
        return result;
    }

    /// <summary>
    /// <paramref name="target"/> acknowledged hint <paramref name="id"/>: it is delivered. Returns
    /// whether it was still held, and the target's other hints, to send now that it answers.
    /// </summary>
    public bool Delivered(NodeId target, long id, out IReadOnlyList<Hint> rest)
    {
        rest = [];
        if (!_byTarget.TryGetValue(target.Index, out var hints) || hints.RemoveAll(h => h.Id == id) == 0)
        {
            return false;
        }
        if (hints.Count == 0)
        {
            _byTarget.Remove(target.Index);
        }
        else if (hints[0].Id > id)
        {
            // The first answer since the replica came back: the rest go at once, not one a tick.
            rest = [.. hints];
        }
        return true;
    }

    public readonly record struct Hint(long Id, int Key, Version Version, long CreatedAt);
}
