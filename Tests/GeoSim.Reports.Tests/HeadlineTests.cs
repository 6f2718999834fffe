using GeoSim.Core.Metrics;
using GeoSim.Reports.Html;

namespace GeoSim.Reports.Tests;

public sealed class HeadlineTests
{
    [Test]
    public void Each_card_says_its_number_and_a_sentence_from_the_rows_and_series_it_names()
    {
        var result = SampleResults.Async() with
        {
            Summary =
            [
                Dist(MetricNames.WriteLatency, "all", p50: 8, p99: 225.14),
                Dist(MetricNames.WriteLatency, "us-east-1", p50: 8, p99: 9),
                Dist(MetricNames.WriteLatency, "eu-west-1", p50: 70, p99: 310),
                Dist(MetricNames.ReplicationLag, "us-east-1->eu-west-1", p50: 30, p99: 115),
                Dist(MetricNames.ReplicaBehind, "eu-west-1", p50: 30, p99: 40, max: 10_032),
                new SummaryRow(MetricNames.StaleReadRatio, "all", "ratio", 120_000, 0.0025, 0, 0, 0, 0, 0),
                new SummaryRow(MetricNames.Availability, "us-east-1", "ratio", 1000, 0.9, 1, 1, 1, 1, 1) { Min = 0.23 },
                new SummaryRow(MetricNames.Availability, "eu-west-1", "ratio", 1000, 0.99, 1, 1, 1, 1, 1) { Min = 0.5 },
                Count(MetricNames.LostUpdates, "us-east-1", 888),
                Count(MetricNames.LostUpdates, "eu-west-1", 2),
                Dist(MetricNames.Rpo, "us-west-2", p50: 0.5, p99: 0.5, max: 0.5),
                Dist(MetricNames.Rto, "us-west-2", p50: 10.21, p99: 10.21, max: 10.21),
                Count(MetricNames.CrossRegionBytes, "us-east-1->eu-west-1", 130_492_320),
                Count(MetricNames.CrossRegionBytes, "eu-west-1->us-east-1", 41_900_000),
            ],
            // Writes stop in the intervals ending at 70 … 103 s: from 69 s, for 34 s.
            Series = [new TimeSeries(MetricNames.WriteAvailability, "us-east-1",
                Enumerable.Range(1, 200).Select(t => new SeriesPoint(t, t is >= 70 and <= 103 ? 0 : 1)).ToList())],
            IntervalSeconds = 1,
        };

        var cards = Headline.For(result).ToDictionary(c => c.Title);

        Assert.Multiple(() =>
        {
            Assert.That(cards["write p99"].Value, Is.EqualTo("225.1 ms"));
            Assert.That(cards["write p99"].Line, Is.EqualTo("slowest in eu-west-1: p99 310 ms, p50 70 ms"));
            // Replica-behind (10 s) is worse than the worst pair's p99 (115 ms): it leads.
            Assert.That((cards["worst lag"].Metric, cards["worst lag"].Value), Is.EqualTo((MetricNames.ReplicaBehind, "10 s")));
            Assert.That(cards["stale reads"].Value, Is.EqualTo("0.25 %"));
            Assert.That(cards["stale reads"].Line, Is.EqualTo("300 of 120,000 reads returned an older value"));
            Assert.That(cards["availability min"].Value, Is.EqualTo("23 %"));
            Assert.That(cards["availability min"].Line, Is.EqualTo("us-east-1 could not write for 34 s (from 69 s)"));
            Assert.That(cards["lost writes"].Value, Is.EqualTo("890"));
            Assert.That(cards["RPO / RTO"].Value, Is.EqualTo("500 ms / 10.2 s"));
            Assert.That(cards["cross-region traffic"].Value, Is.EqualTo("172.4 MB"));
        });
    }

    [Test]
    public void What_a_strategy_does_not_record_is_said_not_shown_as_zero()
    {
        var cards = Headline.For(SampleResults.Async() with { Summary = [], Series = [] }).ToDictionary(c => c.Title);

        Assert.Multiple(() =>
        {
            Assert.That(cards["lost writes"].Line, Is.EqualTo("not recorded by this strategy"));
            Assert.That(cards["worst lag"].Value, Is.EqualTo("–"));
            Assert.That(cards["RPO / RTO"].Line, Is.EqualTo("no failover happened"));
        });
    }

    [Test]
    public void An_outage_still_open_at_the_end_lasts_to_the_last_interval()
    {
        var result = SampleResults.Async() with
        {
            Series = [new TimeSeries(MetricNames.WriteAvailability, "b",
                Enumerable.Range(1, 10).Select(t => new SeriesPoint(t * 2, t > 6 ? 0 : 1)).ToList())],
            IntervalSeconds = 2,
        };

        var outage = WriteOutages.Longest(result).Single();

        Assert.That((outage.Region, outage.FromSeconds, outage.ToSeconds), Is.EqualTo(("b", 12.0, 20.0)));
    }

    [TestCase(130_492_320, "130.5 MB")]
    [TestCase(999, "999 bytes")]
    [TestCase(2.5e9, "2.5 GB")]
    public void Bytes_read_in_their_unit(double bytes, string text) => Assert.That(ReadableNumber.Bytes(bytes), Is.EqualTo(text));

    [TestCase(5.25, "5.25 ms")]
    [TestCase(182.2, "182.2 ms")]
    [TestCase(105_000, "105 s")]
    [TestCase(600_000, "10 min")]
    public void Durations_read_in_their_unit(double ms, string text) => Assert.That(ReadableNumber.Milliseconds(ms), Is.EqualTo(text));

    private static SummaryRow Dist(string metric, string scope, double p50, double p99, double? max = null) =>
        new(metric, scope, "ms", 100, p50, p50, p99, p99, p99, max ?? p99);

    private static SummaryRow Count(string metric, string scope, long count) =>
        new(metric, scope, metric == MetricNames.CrossRegionBytes ? "bytes" : "writes", count, null, null, null, null, null, null);
}
