using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Distributions;

/// <summary>Size × bandwidth and the longest latency draws never overflow simulated time.</summary>
public class LinkQueueOverflowTests
{
    [Test]
    public void A_huge_message_on_a_1bps_link_arrives_late_but_never_in_the_past()
    {
        var link = new Link(new LinkSpec(A, B, new ParetoDistribution(1e6, 0.01), 1, 0));
        var rng = new RandomStreams(1).Get("test");
        var previous = 0L;
        for (var i = 0; i < 100; i++)
        {
            var arrival = link.Transmit(i, int.MaxValue, rng);
            Assert.That(arrival, Is.GreaterThan(previous - Distribution.MaxDrawNanos), "no wrap to a negative or earlier time");
            Assert.That(arrival, Is.GreaterThan(0));
            previous = arrival;
        }
    }

    [Test]
    public void An_ordinary_message_is_serialized_exactly()
    {
        // 1000 bytes at 1 Mbps: 8 ms on the wire, then 40 ms of latency.
        var link = new Link(new LinkSpec(A, B, new ConstantDistribution(40e6), 1e6, 0));
        var rng = new RandomStreams(1).Get("test");
        Assert.Multiple(() =>
        {
            Assert.That(link.Transmit(0, 1000, rng), Is.EqualTo(48_000_000));
            Assert.That(link.Transmit(0, 1000, rng), Is.EqualTo(56_000_000), "the second waits for the first");
        });
    }
}
