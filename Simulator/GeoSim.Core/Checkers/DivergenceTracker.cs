namespace GeoSim.Core.Checkers;

/// <summary>
/// Counts the keys whose value differs between any two nodes. Only keys changed since the last
/// count, or divergent at it, can have changed status, so a count costs O(those keys × nodes),
/// not O(all keys × nodes). Only nodes that hold data are compared (a witness holds none), and
/// for a key of a data class only those in its residency.
/// </summary>
/// <param name="mayHold">Whether (key, node) may hold the key; null: every node in <paramref name="nodes"/>.</param>
internal sealed class DivergenceTracker(int keys, int[] nodes, Func<int, int, bool>? mayHold = null)
{
    private readonly bool[] _divergent = new bool[keys];
    private readonly bool[] _queued = new bool[keys];
    private readonly List<int> _candidates = [];
    private int _divergentCount;

    /// <summary>A node's value of <paramref name="key"/> changed.</summary>
    public void Touch(int key)
    {
        if (!_queued[key])
        {
            _queued[key] = true;
            _candidates.Add(key);
        }
    }

    /// <summary>Re-examines the candidate keys with <paramref name="digest"/>(node, key) and returns how many keys differ.</summary>
    public int Count(Func<int, int, long> digest)
    {
        var stillDivergent = new List<int>();
        foreach (var key in _candidates)
        {
            _queued[key] = false;
            long? first = null;
            var differs = false;
            for (var n = 0; n < nodes.Length && !differs; n++)
            {
                if (mayHold?.Invoke(key, nodes[n]) == false)
                {
                    continue;
                }
                var value = digest(nodes[n], key);
                differs = first is { } f && value != f;
                first ??= value;
            }
            if (differs != _divergent[key])
            {
                _divergent[key] = differs;
                _divergentCount += differs ? 1 : -1;
            }
            if (differs)
            {
                stillDivergent.Add(key);
            }
        }
        _candidates.Clear();
        foreach (var key in stillDivergent)
        {
            Touch(key);
        }
        return _divergentCount;
    }
}
