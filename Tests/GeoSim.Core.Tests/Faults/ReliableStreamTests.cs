using GeoSim.Core.Run;
using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Faults;

/// <summary>Loss, retransmission and order on the links: closed forms from the link's own figures.</summary>
public class ReliableStreamTests
{
    private const double OneWayMs = 40;
    private const double BandwidthBps = 100e6;

    /// <summary>Writer in a (200/s), reader in b (50/s) reading at the primary; both directions lose <paramref name="loss"/>.</summary>
    private static ScenarioSpec LossyPair(double loss, double durationS = 60)
    {
        var scenario = TestScenarios.TwoRegions(oneWayMs: OneWayMs, bandwidthBps: BandwidthBps, durationS: durationS);
        var client = scenario.Client();
        return scenario.WithClients(client with { RatePerSecond = 200, ReadFraction = 0 }, client with { Region = B, RatePerSecond = 50, ReadFraction = 1 })
            with
            {
                Network = scenario.Network with { Links = scenario.Network.Links.Select(l => l.From == l.To ? l : l with { Loss = loss }).ToList() },
            };
    }

    [Test]
    public void A_retransmission_does_not_hold_up_the_messages_sent_before_it_is_resent()
    {
        // A read that is not lost: 2 × 40 ms, plus the request (64 B) and the reply (1,000 B) on the
        // wire at 100 Mbps. Only now and then a replicate message or two (0.08 ms each) are ahead of
        // it, never a copy waiting for its 200 ms retransmit timeout.
        var serializationMs = (Network.ControlMessageBytes + 1000) * 8 / BandwidthBps * 1e3;
        var expected = 2 * OneWayMs + serializationMs;
        var reads = TestScenarios.Run(LossyPair(0.01)).Row(MetricNames.ReadLatency, "b");

        Assert.Multiple(() =>
        {
            Assert.That(reads.P50, Is.EqualTo(expected).Within(1e-3));
            Assert.That(reads.P90, Is.EqualTo(expected).Within(1e-3));
            Assert.That(reads.Max, Is.LessThan(expected + 1));
        });
    }

    [Test]
    public void A_link_that_loses_everything_carries_nothing_and_the_run_still_ends()
    {
        var scenario = LossyPair(1, durationS: 20);
        var result = new Simulation(scenario, scenario.Strategies[0]).Run(maxEvents: 10_000_000);

        Assert.Multiple(() =>
        {
            Assert.That(result.Completed, Is.True);
            Assert.That(result.Row(MetricNames.ReplicaBehind, "b").Max, Is.EqualTo(20_000).Within(1000));
            Assert.That(result.Row(MetricNames.ReadAvailability, "b").Mean, Is.EqualTo(0));
        });
    }

    [Test]
    public void A_stream_holds_its_messages_through_a_total_loss_and_delivers_them_after_it()
    {
        // Writes from a at 10/s; a->b loses everything from 10 s to 30 s. The stream resumes one
        // reconnect delay after the fault ends: the first write held waits until 31.04 s.
        var scenario = TestScenarios.TwoRegions(oneWayMs: OneWayMs, readFraction: 0, durationS: 60) with
        {
            Faults = [new LossyLinkFault(SimDuration.FromSeconds(10), SimDuration.FromSeconds(20), A, B, OneWay: true, Loss: 1)],
        };
        var lag = TestScenarios.Run(scenario).Row(MetricNames.ReplicationLag, "a->b");
        var resumeS = 30 + NetworkSpec.DefaultReconnectAfter.TotalSeconds + OneWayMs / 1e3;

        Assert.That(lag.Max / 1e3, Is.LessThanOrEqualTo(resumeS - 10).And.GreaterThan(resumeS - 10 - 1));
    }

    [Test]
    public void A_stream_never_delivers_a_message_before_one_sent_earlier()
    {
        // Latency drawn from 1..100 ms per message, one message a millisecond: independent draws
        // would overtake each other all the time; the stream must queue each behind its predecessor.
        var (network, topology) = Build(new UniformDistribution(1e6, 100e6));
        var from = topology.NodeIn(A, 0);
        var to = topology.NodeIn(B, 0);
        var arrivals = Enumerable.Range(0, 1000).Select(i => network.SendReliable(from, to, 100, i * 1_000_000L)).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(arrivals, Is.Ordered);
            // The queueing is real: a message held behind its predecessor arrives with it.
            Assert.That(arrivals.Distinct().Count(), Is.LessThan(900));
        });
    }

    private static (Network, Topology.Topology) Build(Distribution latency)
    {
        var scenario = TestScenarios.TwoRegions();
        var topology = new Topology.Topology(scenario.Regions);
        var links = scenario.Network.Links.Select(l => l.From == l.To ? l : l with { Latency = latency }).ToList();
        var metrics = new MetricsRecorder(topology, 1_000_000_000, scenario.Duration.Nanos, 0);
        return (new Network(topology, scenario.Network with { Links = links }, new RandomStreams(1).Get("network"), metrics), topology);
    }
}
