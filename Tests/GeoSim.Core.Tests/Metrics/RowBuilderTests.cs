using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Metrics;

/// <summary>Summary rows: every column against a count of the values that went in.</summary>
public class RowBuilderTests
{
    [Test]
    public void A_ratio_row_has_the_overall_ratio_and_the_nearest_rank_tail_of_its_interval_values()
    {
        // 200 one-second intervals; interval i has i successes out of 199 attempts, so the sorted
        // per-interval values are i/199 and rank r (1-based) holds (r - 1)/199.
        var clock = new IntervalClock(1_000_000_000, 200_000_000_000, 0);
        var ratio = new RatioSeries(clock.Count);
        for (var i = 0; i < 200; i++)
        {
            for (var a = 0; a < 199; a++)
            {
                ratio.Add(199 - i, a < i);
            }
        }
        var rows = new RowBuilder(clock);
        rows.AddRatio("availability", "all", ratio);
        var row = rows.Summary.Single();

        Assert.Multiple(() =>
        {
            Assert.That(row.Count, Is.EqualTo(200 * 199));
            Assert.That(row.Mean, Is.EqualTo(199.0 * 100 / (199 * 200)).Within(1e-12));
            Assert.That(row.Min, Is.EqualTo(0));
            Assert.That(row.P1, Is.EqualTo(1 / 199.0).Within(1e-12), "rank 2 of 200");
            Assert.That(row.P10, Is.EqualTo(19 / 199.0).Within(1e-12), "rank 20");
            Assert.That(row.P50, Is.EqualTo(99 / 199.0).Within(1e-12), "rank 100");
            Assert.That(row.P90, Is.EqualTo(179 / 199.0).Within(1e-12), "rank 180");
            Assert.That(row.P99, Is.EqualTo(197 / 199.0).Within(1e-12), "rank 198");
            Assert.That(row.P999, Is.EqualTo(199 / 199.0).Within(1e-12), "rank 200");
            Assert.That(row.Max, Is.EqualTo(1));
            Assert.That(row.Unit, Is.EqualTo("ratio"));
            Assert.That(rows.Series.Single().Points, Has.Count.EqualTo(200));
        });
    }

    [Test]
    public void A_duration_row_has_the_exact_minimum_and_low_percentiles()
    {
        var clock = new IntervalClock(1_000_000_000, 10_000_000_000, 0);
        var metric = new DistributionMetric(clock.Count);
        for (var v = 1000; v >= 1; v--)
        {
            metric.Record(0, v * 1_000_000L);
        }
        var rows = new RowBuilder(clock);
        rows.AddMilliseconds("write_latency_ms", "all", metric);
        var row = rows.Summary.Single();

        Assert.Multiple(() =>
        {
            Assert.That(row.Min, Is.EqualTo(1.0));
            Assert.That(row.P1, Is.EqualTo(10.0).Within(0.01));
            Assert.That(row.P10, Is.EqualTo(100.0).Within(0.1));
            Assert.That(row.Mean, Is.EqualTo(500.5).Within(1e-9));
            Assert.That(row.P50, Is.EqualTo(500.0).Within(0.5));
            Assert.That(row.P90, Is.EqualTo(900.0).Within(0.9));
            Assert.That(row.P99, Is.EqualTo(990.0).Within(1));
            Assert.That(row.P999, Is.EqualTo(999.0).Within(1));
            Assert.That(row.Max, Is.EqualTo(1000.0));
            Assert.That(row.Unit, Is.EqualTo("ms"));
            Assert.That(rows.Series.Single().Points, Is.EqualTo(new[] { new SeriesPoint(1, 500.5) }), "the interval's mean, at its end");
            var cdf = rows.Distributions.Single().Points;
            Assert.That(cdf, Has.Count.LessThanOrEqualTo(400));
            Assert.That(cdf[^1], Is.EqualTo(new CdfPoint(1000.0, 1.0)), "ends at the maximum and 1");
            Assert.That(cdf[0].Value, Is.EqualTo(1.0));
        });
    }

    [Test]
    public void Seconds_rows_are_in_seconds_and_empty_metrics_have_no_row()
    {
        var clock = new IntervalClock(1_000_000_000, 10_000_000_000, 0);
        var metric = new DistributionMetric(clock.Count);
        metric.Record(3, 2_500_000_000);
        var rows = new RowBuilder(clock);
        rows.AddSeconds("rto_s", "b", metric);
        rows.AddSeconds("rpo_s", "b", new DistributionMetric(clock.Count));
        rows.AddRatio("availability", "b", new RatioSeries(clock.Count));

        var row = rows.Summary.Single();
        Assert.Multiple(() =>
        {
            Assert.That((row.Metric, row.Unit, row.Count, row.Mean, row.Max), Is.EqualTo(("rto_s", "s", 1L, (double?)2.5, (double?)2.5)));
            Assert.That(rows.Series.Single().Points, Is.EqualTo(new[] { new SeriesPoint(4, 2.5) }));
        });
    }

    [Test]
    public void Samples_may_be_negative_and_keep_their_own_series()
    {
        var clock = new IntervalClock(1_000_000_000, 10_000_000_000, 0);
        var samples = new[] { new SeriesPoint(1, 3), new SeriesPoint(2, -1), new SeriesPoint(3, 2) };
        var rows = new RowBuilder(clock);
        rows.AddSamples("clock_offset_ms", "a", "ms", samples);
        rows.AddSamples("clock_offset_ms", "b", "ms", []);

        var row = rows.Summary.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Mean, Is.EqualTo(4 / 3.0).Within(1e-12));
            Assert.That((row.Min, row.P50, row.Max), Is.EqualTo(((double?)-1, (double?)2, (double?)3)));
            Assert.That(rows.Series.Single().Points, Is.EqualTo(samples));
        });
    }

    [Test]
    public void An_outage_shows_in_the_low_tail_of_availability()
    {
        // The only node is down from 40 s to 60 s of a 100 s run: every op issued then times out,
        // so at least 20 one-second intervals have availability 0 (more than 10 %), the rest 1.
        var scenario = TestScenarios.TwoRegions(rate: 100, durationS: 100) with
        {
            Faults = [new OutageFault(SimDuration.FromSeconds(40), SimDuration.FromSeconds(20), A, null)],
        };
        var result = TestScenarios.Run(scenario);
        var row = result.Row(MetricNames.Availability, "a");
        var perInterval = result.Series.Single(s => s.Metric == MetricNames.Availability && s.Scope == "a").Points
            .Select(p => p.Value).Order().ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(perInterval.Count(v => v == 0), Is.GreaterThanOrEqualTo(20));
            Assert.That(row.Min, Is.EqualTo(0));
            Assert.That(row.P1, Is.EqualTo(0));
            Assert.That(row.P10, Is.EqualTo(0));
            Assert.That(row.P50, Is.EqualTo(1));
            Assert.That(row.P10, Is.EqualTo(perInterval[(int)Math.Ceiling(0.1 * perInterval.Length) - 1]));
        });
    }

    [Test]
    public void Every_series_has_the_unit_of_its_summary_row_and_every_distribution_its_histogram()
    {
        var scenario = TestScenarios.TwoRegions(rate: 50, durationS: 30, readFrom: ReadFrom.Local) with
        {
            Faults = [new OutageFault(SimDuration.FromSeconds(10), SimDuration.FromSeconds(5), B, null)],
        };
        var result = TestScenarios.Run(scenario);
        var units = result.Summary.ToDictionary(r => (r.Metric, r.Scope), r => r.Unit);

        Assert.Multiple(() =>
        {
            Assert.That(result.Series, Is.Not.Empty);
            // Rates and per-interval quantiles are series only, in their own units.
            foreach (var series in result.Series.Where(s => s.Value is not (SeriesValue.Rate or SeriesValue.Quantile)))
            {
                Assert.That(series.Unit, Is.EqualTo(units[(series.Metric, series.Scope)]), $"{series.Metric} {series.Scope}");
            }
            Assert.That(result.Series.Where(s => s.Value == SeriesValue.Rate).Select(s => s.Unit), Is.Not.Empty.And.All.EqualTo("ops/s"));
            Assert.That(result.Series.Where(s => s.Value == SeriesValue.Quantile).Select(s => s.Unit), Is.Not.Empty.And.All.EqualTo("ms"));
            Assert.That(result.Series.Where(s => s.Value is SeriesValue.Rate or SeriesValue.Quantile).Select(s => s.Metric).Distinct().Where(m => units.Keys.Any(k => k.Metric == m)), Is.Empty);
            Assert.That(result.Series.Single(s => s.Metric == MetricNames.WriteLatency && s.Scope == "a").Value, Is.EqualTo(SeriesValue.Mean));
            Assert.That(result.Series.Single(s => s.Metric == MetricNames.Availability && s.Scope == "a").Value, Is.EqualTo(SeriesValue.Share));
            Assert.That(result.Series.Single(s => s.Metric == MetricNames.CrossRegionBytes && s.Scope == "a->b").Value, Is.EqualTo(SeriesValue.Total));
            Assert.That(result.Series.Single(s => s.Metric == MetricNames.ReplicaBehind && s.Scope == "b").Value, Is.EqualTo(SeriesValue.Mean));
            Assert.That(result.Histograms.Select(h => (h.Metric, h.Scope)), Is.EqualTo(result.Distributions.Select(d => (d.Metric, d.Scope))));
            foreach (var histogram in result.Histograms)
            {
                var row = result.Row(histogram.Metric, histogram.Scope);
                Assert.That((histogram.Unit, histogram.Buckets.Sum(b => b.Count)), Is.EqualTo((row.Unit, row.Count)), $"{histogram.Metric} {histogram.Scope}");
                Assert.That(histogram.Buckets[^1].UpperBound, Is.GreaterThanOrEqualTo(row.Max!.Value), "the last bucket holds the maximum");
            }
            Assert.That(result.IntervalSeconds, Is.EqualTo(scenario.Metrics.Interval.TotalSeconds));
        });
    }
}
