namespace GeoSim.Core.Metrics;

/// <summary>Per-interval sum and count of samples, for a mean (or a total) per interval.</summary>
internal sealed class IntervalSeries(int intervals)
{
    private readonly double[] _sums = new double[intervals];
    private readonly long[] _counts = new long[intervals];

    public void Add(int interval, double value)
    {
        _sums[interval] += value;
        _counts[interval]++;
    }

    public bool HasSamples(int interval) => _counts[interval] > 0;
    public double Mean(int interval) => _sums[interval] / _counts[interval];
    public double Total(int interval) => _sums[interval];
}
