namespace GeoSim.Core.Metrics;

/// <summary>
/// Turns recorded metrics into summary rows and time series of the output contract. A series has
/// at most one point per interval, so its list is sized for that at once: grown by doubling, the
/// series of a long run would take twice their size, and as much again in garbage.
/// </summary>
internal sealed class RowBuilder(IntervalClock clock)
{
    private const double NanosPerMs = 1e6;
    private const double NanosPerSecond = 1e9;
    private const string Ratio = "ratio";
    private const string OpsPerSecond = "ops/s";

    public List<SummaryRow> Summary { get; } = [];
    public List<TimeSeries> Series { get; } = [];
    public List<Cdf> Distributions { get; } = [];
    public List<Histogram> Histograms { get; } = [];

    /// <summary>CDF charts need no more points than a chart has pixels across.</summary>
    private const int MaxCdfPoints = 400;

    /// <summary>A distribution in nanoseconds, reported in milliseconds; the series is the per-interval mean.</summary>
    public void AddMilliseconds(string metric, string scope, DistributionMetric metricData) =>
        AddDuration(metric, scope, metricData, "ms", NanosPerMs);

    /// <summary>A distribution in nanoseconds, reported in seconds (recovery times, split brains); no row without samples.</summary>
    public void AddSeconds(string metric, string scope, DistributionMetric metricData) =>
        AddDuration(metric, scope, metricData, "s", NanosPerSecond);

    private void AddDuration(string metric, string scope, DistributionMetric metricData, string unit, double nanosPerUnit)
    {
        var h = metricData.Histogram;
        if (h.Count == 0)
        {
            return;
        }
        Summary.Add(new SummaryRow(metric, scope, unit, h.Count, h.Mean / nanosPerUnit,
            h.Percentile(0.5) / nanosPerUnit, h.Percentile(0.9) / nanosPerUnit, h.Percentile(0.99) / nanosPerUnit,
            h.Percentile(0.999) / nanosPerUnit, h.Max / nanosPerUnit)
        {
            Min = h.Min / nanosPerUnit,
            P1 = h.Percentile(0.01) / nanosPerUnit,
            P10 = h.Percentile(0.1) / nanosPerUnit,
        });
        Distributions.Add(new Cdf(metric, scope, ThinnedCdf(h, nanosPerUnit)));
        Histograms.Add(new Histogram(metric, scope, unit, h.Buckets().Select(b => new HistogramBucket(b.UpperBound / nanosPerUnit, b.Count)).ToList()));
        var points = new List<SeriesPoint>(clock.Count);
        foreach (var (index, end) in clock.MeasuredIntervals())
        {
            if (metricData.PerInterval.HasSamples(index))
            {
                points.Add(new SeriesPoint(end, metricData.PerInterval.Mean(index) / nanosPerUnit));
            }
        }
        Series.Add(new TimeSeries(metric, scope, points) { Unit = unit, Value = SeriesValue.Mean });
    }

    /// <summary>A ratio: overall value in mean, attempts in count, per-interval values in the percentiles.</summary>
    public void AddRatio(string metric, string scope, RatioSeries ratio)
    {
        if (ratio.Attempts == 0)
        {
            return;
        }
        var points = new List<SeriesPoint>(clock.Count);
        foreach (var (index, end) in clock.MeasuredIntervals())
        {
            if (ratio.HasAttempts(index))
            {
                points.Add(new SeriesPoint(end, ratio.Ratio(index)));
            }
        }
        var sorted = points.Select(p => p.Value).Order().ToArray();
        Summary.Add(new SummaryRow(metric, scope, Ratio, ratio.Attempts, ratio.Successes / (double)ratio.Attempts,
            NearestRank(sorted, 0.5), NearestRank(sorted, 0.9), NearestRank(sorted, 0.99), NearestRank(sorted, 0.999),
            sorted[^1]) with { Min = sorted[0], P1 = NearestRank(sorted, 0.01), P10 = NearestRank(sorted, 0.1) });
        Series.Add(new TimeSeries(metric, scope, points) { Unit = Ratio, Value = SeriesValue.Share });
    }

    /// <summary>Each interval's p50 and p99, in milliseconds, as two series with no summary rows.</summary>
    public void AddQuantiles(string p50Metric, string p99Metric, string scope, IntervalQuantiles quantiles)
    {
        quantiles.CloseAll();
        var measured = clock.MeasuredIntervals().Where(i => quantiles.HasSamples(i.Index)).ToList();
        if (measured.Count == 0)
        {
            return;
        }
        Series.Add(new TimeSeries(p50Metric, scope, measured.Select(i => new SeriesPoint(i.EndSeconds, quantiles.P50(i.Index) / NanosPerMs)).ToList())
            { Unit = "ms", Value = SeriesValue.Quantile });
        Series.Add(new TimeSeries(p99Metric, scope, measured.Select(i => new SeriesPoint(i.EndSeconds, quantiles.P99(i.Index) / NanosPerMs)).ToList())
            { Unit = "ms", Value = SeriesValue.Quantile });
    }

    /// <summary>
    /// The successes and the failures of a ratio per second of each interval (every interval, zeros
    /// included), as two series with no summary rows: the ratio's own rows already count them.
    /// </summary>
    public void AddRates(string successMetric, string failureMetric, string scope, RatioSeries ratio)
    {
        if (ratio.Attempts == 0)
        {
            return;
        }
        var intervals = clock.MeasuredIntervals().ToList();
        var ok = intervals.Select(i => new SeriesPoint(i.EndSeconds, ratio.SuccessesIn(i.Index) / clock.MeasuredSeconds(i.Index))).ToList();
        var failed = intervals.Select(i => new SeriesPoint(i.EndSeconds,
            (ratio.AttemptsIn(i.Index) - ratio.SuccessesIn(i.Index)) / clock.MeasuredSeconds(i.Index))).ToList();
        Series.Add(new TimeSeries(successMetric, scope, ok) { Unit = OpsPerSecond, Value = SeriesValue.Rate });
        Series.Add(new TimeSeries(failureMetric, scope, failed) { Unit = OpsPerSecond, Value = SeriesValue.Rate });
    }

    /// <summary>A count: the total in count, percentiles empty; the series is the total per interval.</summary>
    public void AddCount(string metric, string scope, string unit, long total, IntervalSeries perInterval)
    {
        Summary.Add(new SummaryRow(metric, scope, unit, total, null, null, null, null, null, null));
        var points = new List<SeriesPoint>(clock.Count);
        points.AddRange(clock.MeasuredIntervals().Select(i => new SeriesPoint(i.EndSeconds, perInterval.Total(i.Index))));
        Series.Add(new TimeSeries(metric, scope, points) { Unit = unit, Value = SeriesValue.Total });
    }

    /// <summary>One value that has no distribution (a probability, a time read off a curve): every column holds it.</summary>
    public void AddValue(string metric, string scope, string unit, long count, double value) =>
        Summary.Add(new SummaryRow(metric, scope, unit, count, value, value, value, value, value, value) { Min = value, P1 = value, P10 = value });

    /// <summary>A count with no series over time.</summary>
    public void AddTotal(string metric, string scope, string unit, long total) =>
        Summary.Add(new SummaryRow(metric, scope, unit, total, null, null, null, null, null, null));

    /// <summary>Sampled values that may be negative (clock offsets): their distribution, and the samples as the series.</summary>
    public void AddSamples(string metric, string scope, string unit, IReadOnlyList<SeriesPoint> samples)
    {
        if (samples.Count == 0)
        {
            return;
        }
        var sorted = samples.Select(p => p.Value).Order().ToArray();
        Summary.Add(new SummaryRow(metric, scope, unit, sorted.Length, sorted.Average(),
            NearestRank(sorted, 0.5), NearestRank(sorted, 0.9), NearestRank(sorted, 0.99), NearestRank(sorted, 0.999), sorted[^1])
            with { Min = sorted[0], P1 = NearestRank(sorted, 0.01), P10 = NearestRank(sorted, 0.1) });
        Series.Add(new TimeSeries(metric, scope, samples) { Unit = unit, Value = SeriesValue.Sample });
    }

    private static List<CdfPoint> ThinnedCdf(LogHistogram histogram, double nanosPerUnit)
    {
        var all = histogram.Cdf().ToList();
        var step = Math.Max(1, (all.Count + MaxCdfPoints - 1) / MaxCdfPoints);
        // Keep every step-th point and always the last, so the curve ends at 1.
        return all.Where((_, i) => i % step == 0 || i == all.Count - 1)
            .Select(p => new CdfPoint(p.Value / nanosPerUnit, p.Cumulative))
            .ToList();
    }

    private static double NearestRank(double[] sorted, double q) =>
        sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
