using GeoSim.Core.Clocks;

namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>
/// Causal delivery: an update waits until this node has applied every write its writer had
/// applied before it. Streams are ordered per sender, so only dependencies on other senders can
/// make an update wait.
/// </summary>
internal sealed class CausalBuffer(int nodes)
{
    private readonly List<(int Key, KeyVersion Version)> _waiting = [];

    /// <summary>How many writes of each node this node has applied.</summary>
    public VersionVector Applied { get; private set; } = new(nodes);

    /// <summary>Counts a write of <paramref name="origin"/> as applied here.</summary>
    public void MarkApplied(int origin) => Applied = Applied.Increment(origin);

    /// <summary>
    /// Takes an update and returns, in a causal order, every update that can now be applied (it,
    /// and any that were waiting for it); the caller applies each and marks it applied.
    /// </summary>
    public IEnumerable<(int Key, KeyVersion Version)> Admit(int key, KeyVersion update)
    {
        _waiting.Add((key, update));
        var progress = true;
        while (progress)
        {
            progress = false;
            for (var i = 0; i < _waiting.Count; i++)
            {
                if (Ready(_waiting[i].Version))
                {
                    var next = _waiting[i];
                    _waiting.RemoveAt(i);
                    progress = true;
                    yield return next;
                    break;
                }
            }
        }
    }

    private bool Ready(KeyVersion update)
    {
        var deps = update.Dependencies!;
        for (var n = 0; n < nodes; n++)
        {
            var needed = n == update.Origin ? deps[n] - 1 : deps[n];
            if (Applied[n] < needed)
            {
                return false;
            }
        }
        return true;
    }
}
