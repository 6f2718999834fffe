using GeoSim.Scenario.Tests.Loading;

namespace GeoSim.Scenario.Tests.Limits;

/// <summary>Every duration and every distribution's far tail must fit in 365 days, reported where it is written.</summary>
public class TimeLimitTests
{
    private const string TooLong = "the duration is too long (at most 365d, so that simulated time fits in nanoseconds)";
    private const string Tail = "the 99.99th percentile of this distribution is";

    // Line 12 of FiveRegions is `    latency: 40ms`; its value starts at column 14.
    [TestCase("200000d", 14, "200000d: " + TooLong)]
    [TestCase("366d", 14, "366d: " + TooLong)]
    [TestCase("\"lognormal(median=1ms, sigma=1000)\"", 15, Tail + " beyond any finite time")]
    [TestCase("\"normal(mean=1ms, stddev=1e9d)\"", 39, "1e9d: " + TooLong)]
    [TestCase("\"normal(mean=1ms, stddev=100d)\"", 15, Tail + " 371.9d")]
    [TestCase("\"pareto(scale=1ms, shape=0.01)\"", 15, Tail + " beyond any finite time")]
    [TestCase("\"exponential(mean=40d)\"", 15, Tail + " 368.4d")]
    [TestCase("\"10ms + uniform(min=0ms, max=365d)\"", 15, Tail + " 365d")]
    public void A_latency_that_cannot_fit_is_rejected_where_it_is_written(string latency, int column, string message)
    {
        var errors = Errors.Of(Scenarios.FiveRegions.Replace("latency: 40ms", "latency: " + latency));
        Assert.That(errors.Select(e => (e.Line, e.Column)), Has.Member((12, column)));
        Assert.That(errors.Single(e => e.Line == 12).Message, Does.Contain(message));
    }

    [TestCase("365d")]
    [TestCase("\"pareto(scale=1ms, shape=0.5)\"")]
    [TestCase("\"normal(mean=1ms, stddev=10d)\"")]
    public void A_latency_whose_tail_fits_loads(string latency)
    {
        var result = ScenarioLoader.Load(Scenarios.FiveRegions.Replace("latency: 40ms", "latency: " + latency), "t.yaml");
        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public void A_clock_offset_is_bounded_on_both_sides()
    {
        var yaml = Scenarios.FiveRegions + "clocks:\n  default:\n    offset: \"normal(mean=-340d, stddev=10d)\"\n";
        Errors.AssertSingle(yaml, 22, 14,
            "offset: the 0.01th percentile of this distribution is -377.2d; draws must stay within 365d (a rarer draw beyond it is clamped to it): lower the spread or the scale");
    }

    [Test]
    public void A_rate_slower_than_one_per_365_days_is_rejected()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("rate: 100/s", "rate: 0.0000000001/s"), 8, 13, "rate must be at least one per 365d");
    }

    [Test]
    public void One_value_that_takes_longer_than_365_days_to_send_is_rejected_at_value_size()
    {
        var yaml = Scenarios.FiveRegions
            .Replace("    latency: 40ms", "    latency: 40ms\n    bandwidth: 1bps")
            .Replace("workload:\n", "workload:\n  value-size: 2147483647B\n");
        Errors.AssertSingle(yaml, 15, 15,
            "one value of 2147483647B takes 198841.1d to send on us-east-1->us-west-2 (1bps); at most 365d: raise the bandwidth or lower value-size");
    }
}
