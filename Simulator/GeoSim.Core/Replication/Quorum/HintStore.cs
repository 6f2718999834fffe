using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// Hinted handoff: versions kept for replicas that did not acknowledge them (or, under a sloppy
/// quorum, that this node stood in for), replayed once the replica answers again. Hints are
/// durable (they survive a crash, as on disk) and expire <c>hinted-handoff</c> after they were made.
/// Each replay round probes a target with its oldest hint; only the answer to that probe sends the
/// rest, so a burst is sent once per round, not again on every answer within it.
/// </summary>
internal sealed class HintStore(long windowNanos)
{
    private readonly SortedDictionary<int, List<Hint>> _byTarget = [];
    private readonly Dictionary<int, long> _probes = [];
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

    /// <summary>Drops expired hints; returns, per target that still has some, its oldest hint: the probe, to find out whether it answers.</summary>
    public List<(NodeId Target, Hint Hint)> Oldest(long now)
    {
        var result = new List<(NodeId, Hint)>();
        foreach (var (target, hints) in _byTarget.ToList())
        {
            hints.RemoveAll(h => now - h.CreatedAt > windowNanos);
            if (hints.Count == 0)
            {
                _byTarget.Remove(target);
                _probes.Remove(target);
                continue;
            }
            _probes[target] = hints[0].Id;
            result.Add((new NodeId(target), hints[0]));
        }
        return result;
    }

    /// <summary>
    /// <paramref name="target"/> acknowledged hint <paramref name="id"/>: it is delivered. Returns
    /// whether it was still held, and, when it was the round's probe, the target's other hints, to
    /// send now that it answers.
    /// </summary>
    public bool Delivered(NodeId target, long id, out IReadOnlyList<Hint> rest)
    {
        rest = [];
        if (!_byTarget.TryGetValue(target.Index, out var hints) || hints.RemoveAll(h => h.Id == id) == 0)
        {
            return false;
        }
        var probed = _probes.TryGetValue(target.Index, out var probe) && probe == id;
        if (probed)
        {
            _probes.Remove(target.Index);
        }
        if (hints.Count == 0)
        {
            _byTarget.Remove(target.Index);
        }
        else if (probed)
        {
            // The probe's answer: the replica is back, and the rest go at once, not one a round.
            rest = [.. hints];
        }
        return true;
    }

    public readonly record struct Hint(long Id, int Key, Version Version, long CreatedAt);
}
