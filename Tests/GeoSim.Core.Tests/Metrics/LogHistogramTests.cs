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

    [Test]
    public void Negative_values_are_a_bug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LogHistogram().Record(-1));
    }
}
