using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;

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
            Assert.That(row.Max, Is.EqualTo(1000.0));
        });
    }

    [Test]
    public void An_outage_shows_in_the_low_tail_of_availability()
    {
        // The only node is down from 40 s to 60 s of a 100 s run: every op issued then times out,
        // so at least 20 one-second intervals have availability 0 (more than 10 %), the rest 1.
        var scenario = TestScenarios.TwoRegions(rate: 100, durationS: 100) with
        {
            Faults = [new OutageFault(SimDuration.FromSeconds(40), SimDuration.FromSeconds(20), "a", null)],
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
}
