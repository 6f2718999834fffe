namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// The most recent replica answer times a coordinator has seen, for a percentile-based speculative
/// retry (Cassandra's <c>99p</c>): the percentile is refreshed every <see cref="RefreshEvery"/> answers.
/// </summary>
internal sealed class LatencyWindow(double percentile)
{
    public const int Size = 128;
    public const int RefreshEvery = 32;

    /// <summary>Answers needed before the first estimate; until then no read speculates.</summary>
    public const int MinSamples = 16;

    private readonly long[] _samples = new long[Size];
    private int _count;
    private long _seen;

    /// <summary>The current estimate, ns; null before <see cref="MinSamples"/> answers.</summary>
    public long? Threshold { get; private set; }

    public void Add(long nanos)
    {
        _samples[(int)(_seen++ % Size)] = nanos;
        _count = Math.Min(Size, _count + 1);
        if (_count >= MinSamples && (_seen % RefreshEvery == 0 || Threshold is null))
        {
            var sorted = _samples[.._count].Order().ToArray();
            Threshold = sorted[Math.Max(0, (int)Math.Ceiling(percentile * sorted.Length) - 1)];
        }
    }
}
