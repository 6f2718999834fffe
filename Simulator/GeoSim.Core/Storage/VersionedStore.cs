namespace GeoSim.Core.Storage;

/// <summary>
/// The key-value store of one node: for each key, the write whose value it holds and that write's
/// version (a log position, a timestamp: the strategy decides what orders versions). Values are
/// not materialised; the workload's value size stands for them on the wire.
/// </summary>
public sealed class VersionedStore
{
    private readonly int[] _writes;
    private readonly long[] _versions;

    public VersionedStore(int keys, int initialWrite)
    {
        _writes = new int[keys];
        Array.Fill(_writes, initialWrite);
        _versions = new long[keys];
    }

    public int Keys => _writes.Length;

    /// <summary>The id of the write whose value this node holds for <paramref name="key"/>.</summary>
    public int WriteOf(int key) => _writes[key];

    /// <summary>The version of that value; 0 for the initial value.</summary>
    public long VersionOf(int key) => _versions[key];

    /// <summary>Replaces the value of a key; returns the write it replaced.</summary>
    internal int Put(int key, int write, long version)
    {
        var replaced = _writes[key];
        _writes[key] = write;
        _versions[key] = version;
        return replaced;
    }
}
