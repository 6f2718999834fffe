using GeoSim.Cli.Advise;

namespace GeoSim.Cli.Tests.Advise;

public class SloParserTests
{
    [Test]
    public void The_targets_of_the_example_parse_with_their_values_in_the_metrics_units()
    {
        var targets = SloParser.Parse("write_latency_ms.p99<=150, lost_updates.count==0, availability.min>=0.999, cross_region_bytes<=5GB", out var problem, out _);

        Assert.That(problem, Is.Null);
        Assert.That(targets!.Select(t => (t.Measure.Name, t.Operator.ToString(), t.Value)), Is.EqualTo(new[]
        {
            ("write_latency_ms.p99", "AtMost", 150.0),
            ("lost_updates.count", "Equal", 0.0),
            ("availability.min", "AtLeast", 0.999),
            ("cross_region_bytes.count", "AtMost", 5e9),
        }));
        Assert.That(targets!.Select(t => t.Text), Is.EqualTo(new[]
            { "write_latency_ms.p99<=150", "lost_updates.count==0", "availability.min>=0.999", "cross_region_bytes<=5GB" }));
    }

    [TestCase("write_latency_ms.p99<0.15s", "Below", 150.0, null)]
    [TestCase("rto_s.max<=2m", "AtMost", 120.0, null)]
    [TestCase("availability.mean>99.9%", "Above", 0.999, null)]
    [TestCase("cross_region_bytes <= 1GiB", "AtMost", 1073741824.0, null)]
    [TestCase("read_latency_ms.p50@eu-west-1<=20", "AtMost", 20.0, "eu-west-1")]
    public void Values_take_units_and_a_scope_may_be_named(string text, string op, double value, string? scope)
    {
        var target = SloParser.Parse(text, out var problem, out _)?.Single();

        Assert.That(problem, Is.Null);
        Assert.Multiple(() =>
        {
            Assert.That(target!.Operator.ToString(), Is.EqualTo(op));
            Assert.That(target.Value, Is.EqualTo(value).Within(1e-9));
            Assert.That(target.Measure.Scope, Is.EqualTo(scope));
        });
    }

    [TestCase("write_latncy_ms.p99<=150", 1, "unknown metric 'write_latncy_ms'; did you mean 'write_latency_ms'?")]
    [TestCase("a.p99<=1, write_latency_ms<=150", 1, "unknown metric 'a'")]
    [TestCase("lost_updates.count==0, write_latency_ms<=150", 24, "write write_latency_ms.STATISTIC")]
    [TestCase("write_latency_ms.p99<=fast", 23, "expected a number")]
    [TestCase("write_latency_ms.p99 = 150", 1, "expected METRIC[.STATISTIC] OP VALUE")]
    [TestCase("lost_updates.p99==0", 14, "lost_updates is a count")]
    [TestCase("stale_read_ratio.mean<=5ms", 24, "takes a plain number or a percentage")]
    [TestCase("write_latency_ms.p99<=150,write_latency_ms.p99<=150", 27, "is given twice")]
    [TestCase("write_latency_ms.p99<=5GB", 23, "5GB")]
    public void A_bad_target_is_reported_at_its_column(string text, int column, string message)
    {
        var targets = SloParser.Parse(text, out var problem, out var at);

        Assert.Multiple(() =>
        {
            Assert.That(targets, Is.Null);
            Assert.That(problem, Does.Contain(message));
            Assert.That(at, Is.EqualTo(column));
        });
    }
}
