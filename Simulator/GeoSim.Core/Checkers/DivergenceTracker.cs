namespace GeoSim.Core.Checkers;

/// <summary>
/// Counts the keys whose value differs between any two nodes. Only keys changed since the last
/// count, or divergent at it, can have changed status, so a count costs O(those keys × nodes),
/// not O(all keys × nodes). Only nodes that hold data are compared (a witness holds none).
/// </summary>
internal sealed class DivergenceTracker(int keys, int[] nodes)
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
            var first = digest(nodes[0], key);
            var differs = false;
            for (var n = 1; n < nodes.Length && !differs; n++)
            {
                differs = digest(nodes[n], key) != first;
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
