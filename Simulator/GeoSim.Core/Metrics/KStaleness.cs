using GeoSim.Core.Workload;

namespace GeoSim.Core.Metrics;

/// <summary>
/// k-staleness (Bailis et al., PBS): successful reads counted by how many versions of their key
/// were newer than the value returned, so the share that returned one of the last k versions can
/// be read off for k = 1 … <see cref="ReadOutcome.DeepestVersionsBehind"/>.
/// </summary>
internal sealed class KStaleness
{
    private readonly long[] _readsBehind = new long[ReadOutcome.DeepestVersionsBehind + 1];

    public long Reads { get; private set; }

    public void Record(ReadOutcome read)
    {
        _readsBehind[Math.Min(read.VersionsBehind, ReadOutcome.DeepestVersionsBehind)]++;
        Reads++;
    }

    /// <summary>The share of reads that returned one of the <paramref name="k"/> newest versions of their key.</summary>
    public double InLast(int k)
    {
        var within = 0L;
        for (var behind = 0; behind < k; behind++)
        {
            within += _readsBehind[behind];
        }
        return within / (double)Reads;
    }
}
