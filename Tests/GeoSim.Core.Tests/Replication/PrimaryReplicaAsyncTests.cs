using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication;

public class PrimaryReplicaAsyncTests
{
    [Test]
    public void Lag_equals_the_one_way_latency_when_it_is_constant()
    {
        var result = TestScenarios.Run(TestScenarios.TwoRegions(oneWayMs: 40));

        var lag = result.Row(MetricNames.ReplicationLag, "a->b");
        Assert.Multiple(() =>
        {
            Assert.That(lag.Count, Is.GreaterThan(100));
            Assert.That(lag.P50, Is.EqualTo(40.0).Within(1e-9));
            Assert.That(lag.Max, Is.EqualTo(40.0).Within(1e-9));
        });
    }

    [Test]
    public void Bandwidth_adds_exactly_the_serialization_time_to_lag()
    {
        // 1 KB = 8,000 bits at 8 Mbps: 1 ms on the wire before the 40 ms of propagation.
        var result = TestScenarios.Run(TestScenarios.TwoRegions(oneWayMs: 40, bandwidthBps: 8e6, valueSize: 1000, rate: 5, readFraction: 0));

        Assert.That(result.Row(MetricNames.ReplicationLag, "a->b").P50, Is.EqualTo(41.0).Within(1e-9));
    }

    [Test]
    public void Reading_from_a_remote_primary_costs_one_round_trip()
    {
        var result = TestScenarios.Run(TestScenarios.TwoRegions(oneWayMs: 40, readFrom: ReadFrom.Primary, clientRegion: B));

        var reads = result.Row(MetricNames.ReadLatency, "b");
        var writes = result.Row(MetricNames.WriteLatency, "b");
        Assert.Multiple(() =>
        {
            Assert.That(reads.P50, Is.EqualTo(80.0).Within(1e-9));
            Assert.That(reads.Max, Is.EqualTo(80.0).Within(1e-9));
            Assert.That(writes.P50, Is.EqualTo(80.0).Within(1e-9));
        });
    }

    [Test]
    public void Local_reads_are_free_but_stale_while_a_write_is_in_flight()
    {
        // Every write to a key is invisible in b for exactly 40 ms: a read in b of a key written
        // 0-40 ms ago returns the superseded value, and its staleness is at most 40 ms.
        var result = TestScenarios.Run(TestScenarios.TwoRegions(
            oneWayMs: 40, readFrom: ReadFrom.Local, clientRegion: B, rate: 2000, readFraction: 0.5, durationS: 20));

        var staleness = result.Row(MetricNames.ReadStaleness, "b");
        var ratio = result.Row(MetricNames.StaleReadRatio, "b");
        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.ReadLatency, "b").Max, Is.EqualTo(0.0));
            Assert.That(staleness.Max, Is.LessThanOrEqualTo(40.0 + 1e-9));
            Assert.That(ratio.Mean, Is.GreaterThan(0));
        });
        // A key is stale in b for 40 ms after each of its writes, 80 ms after the client sent it
        // from b: with writes to 100 keys at 1000/s, each key is written every 100 ms on average,
        // so P(stale) = 1 - exp(-1000/100 * 0.040) = 1 - e^-0.4 ≈ 0.33.
        Assert.That(ratio.Mean, Is.EqualTo(1 - Math.Exp(-0.4)).Within(0.02));
    }

    [Test]
    public void Local_reads_at_the_primary_are_never_stale()
    {
        var result = TestScenarios.Run(TestScenarios.TwoRegions(readFrom: ReadFrom.Local, clientRegion: A, rate: 500));

        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.StaleReadRatio, "a").Mean, Is.EqualTo(0));
            Assert.That(result.Row(MetricNames.Availability, "all").Mean, Is.EqualTo(1));
        });
    }

    [TestCase(ReadFrom.Local, 20 + 40 + 100)]
    [TestCase(ReadFrom.Nearest, 20 + 20)]
    [TestCase(ReadFrom.Primary, 20 + 40 + 100)]
    public void A_region_without_nodes_reads_through_its_nearest_region(ReadFrom readFrom, double expectedMs)
    {
        // a (primary) -40ms- b -20ms- c (no nodes), a -100ms- c. Clients in c enter at b, the
        // nearest region with a node; a local read has no replica in c and goes to the primary,
        // whose reply travels a -> c directly.
        var regions = new[] { "a", "b", "c" };
        double Ms(string x, string y) => x == y ? 0 : (x + y) switch { "ab" or "ba" => 40, "bc" or "cb" => 20, _ => 100 };
        var scenario = TestScenarios.TwoRegions(readFrom: readFrom, clientRegion: C, readFraction: 1) with
        {
            Regions = [new RegionSpec("a", 1, null, ClockSpec.Perfect), new RegionSpec("b", 1, null, ClockSpec.Perfect), new RegionSpec("c", 0, null, ClockSpec.Perfect)],
            Network = new NetworkSpec(TestScenarios.FullMesh(regions, Ms),
                NetworkSpec.DefaultRetransmitAfter, NetworkSpec.DefaultReconnectAfter),
        };

        var reads = TestScenarios.Run(scenario).Row(MetricNames.ReadLatency, "c");

        Assert.Multiple(() =>
        {
            Assert.That(reads.P50, Is.EqualTo(expectedMs).Within(1e-9));
            Assert.That(reads.Max, Is.EqualTo(expectedMs).Within(1e-9));
        });
    }
}
