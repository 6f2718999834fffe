using GeoSim.Core.Metrics;

namespace GeoSim.Core.Tests.Metrics;

public class LogHistogramTests
{
    [Test]
    public void Identical_values_give_that_value_at_every_percentile()
    {
        var h = new LogHistogram();
        for (var i = 0; i < 1000; i++)
        {
            h.Record(40_000_000);
        }
        Assert.Multiple(() =>
        {
            Assert.That(h.Percentile(0.5), Is.EqualTo(40_000_000));
            Assert.That(h.Percentile(0.999), Is.EqualTo(40_000_000));
            Assert.That(h.Mean, Is.EqualTo(40_000_000));
            Assert.That(h.Max, Is.EqualTo(40_000_000));
        });
    }

    [Test]
    public void Percentiles_of_1_to_100000_are_nearest_rank_within_a_tenth_of_a_percent()
    {
        var h = new LogHistogram();
        for (var v = 1; v <= 100_000; v++)
        {
            h.Record(v);
        }
        Assert.Multiple(() =>
        {
            Assert.That(h.Count, Is.EqualTo(100_000));
            Assert.That(h.Mean, Is.EqualTo(50_000.5));
            Assert.That(h.Percentile(0.5), Is.EqualTo(50_000).Within(0.1).Percent);
            Assert.That(h.Percentile(0.99), Is.EqualTo(99_000).Within(0.1).Percent);
            Assert.That(h.Percentile(0.001), Is.EqualTo(100));
            Assert.That(h.Max, Is.EqualTo(100_000));
        });
    }

    [Test]
    public void Two_clusters_report_the_cluster_holding_the_rank()
    {
        var h = new LogHistogram();
        for (var i = 0; i < 90; i++)
        {
            h.Record(5_000_000);
        }
        for (var i = 0; i < 10; i++)
        {
            h.Record(80_000_000);
        }
        Assert.Multiple(() =>
        {
            Assert.That(h.Percentile(0.9), Is.EqualTo(5_000_000));
            Assert.That(h.Percentile(0.91), Is.EqualTo(80_000_000));
        });
    }

    [Test]
    public void The_cdf_rises_to_one_through_each_recorded_value()
    {
        var h = new LogHistogram();
        for (var v = 1; v <= 100; v++)
        {
            h.Record(v);
        }
        var cdf = h.Cdf().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(cdf, Has.Count.EqualTo(100));
            Assert.That(cdf[49], Is.EqualTo((50.0, 0.5)));
            Assert.That(cdf[^1], Is.EqualTo((100.0, 1.0)));
        });
    }

    // Exact below 2048; above, 1024 buckets per power of two: 2048 and 2049 share [2048, 2049],
    // 4096..4099 share [4096, 4099], and 1e9 falls in a bucket 2^19 wide.
    [TestCase(new long[] { 0, 7, 7, 2047 }, new long[] { 0, 7, 2047 }, new long[] { 1, 2, 1 })]
    [TestCase(new long[] { 2048, 2049, 2050 }, new long[] { 2049, 2051 }, new long[] { 2, 1 })]
    [TestCase(new long[] { 4099, 4096, 4100 }, new long[] { 4099, 4103 }, new long[] { 2, 1 })]
    [TestCase(new long[] { 1_000_000_000 }, new long[] { 1_000_341_503 }, new long[] { 1 })]
    public void Buckets_give_their_inclusive_upper_bound_and_count(long[] values, long[] bounds, long[] counts)
    {
        var h = new LogHistogram();
        foreach (var v in values)
        {
            h.Record(v);
        }
        var buckets = h.Buckets().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(buckets.Select(b => b.UpperBound), Is.EqualTo(bounds));
            Assert.That(buckets.Select(b => b.Count), Is.EqualTo(counts));
        });
    }

    [Test]
    public void Every_value_lies_in_the_bucket_its_bounds_describe()
    {
        var h = new LogHistogram();
        var values = Enumerable.Range(0, 4000).Select(i => (long)Math.Pow(1.013, i % 2000) + i).ToList();
        foreach (var v in values)
        {
            h.Record(v);
        }
        var bounds = h.Buckets().Select(b => b.UpperBound).ToArray();
        var recounted = new long[bounds.Length];
        foreach (var v in values)
        {
            var index = Array.FindIndex(bounds, b => b >= v);
            recounted[index]++;
        }
        Assert.That(recounted, Is.EqualTo(h.Buckets().Select(b => b.Count)));
    }

    [Test]
    public void Negative_values_are_a_bug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LogHistogram().Record(-1));
    }
}
