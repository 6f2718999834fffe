using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Tests.Workload;

/// <summary>Federated queries on constant latencies and 100 Mbps links: bytes, latency and egress in closed form.</summary>
public class FederatedQueryTests
{
    private const double BitsPerSecond = 100e6;
    private static readonly RegionId Q = new(0), B = new(1), C = new(2);

    /// <summary>
    /// Regions q (the querying region), b and c, 40 ms one way q-b, 60 ms q-c, 100 Mbps between
    /// regions, nothing inside one. Data set 1 (100,000 rows) in q, b and c; data set 2 (50,000
    /// rows) in b only. 1 % match; 200 B rows; 1e6 rows/s. No point workload: the links carry only
    /// the queries, issued so rarely that none waits for another.
    /// </summary>
    private static ScenarioSpec Scenario(QueryPlan plan)
    {
        var scenario = TestScenarios.TwoRegions(durationS: 600)
            .WithRegions((from, to) => from == "b" || to == "b" ? 40 : 60, ("q", 1), ("b", 1), ("c", 1))
            .WithClients();
        var links = scenario.Network.Links.Select(l => l.From == l.To ? l : l with { BandwidthBitsPerSecond = BitsPerSecond }).ToList();
        var query = new QuerySpec("report", Q, 1 / 60.0, [new QueryScan([Q, B, C], 100_000), new QueryScan([B], 50_000)],
            0.01, 200, plan, 1e6, SimDuration.FromSeconds(30));
        return scenario with
        {
            Network = scenario.Network with { Links = links },
            Workload = scenario.Workload with { Queries = [query] },
            Cost = new CostSpec([0, 0.02, 0.09, 0.02, 0, 0.02, 0.09, 0.02, 0]),
        };
    }

    private static double TransferMs(double bytes) => bytes * 8 / BitsPerSecond * 1e3;

    /// <summary>One region's part: the request out, the scan, the rows back.</summary>
    private static double RegionMs(double oneWayMs, double rows, double movedRows) =>
        oneWayMs + TransferMs(64) + rows / 1e6 * 1e3 + TransferMs(movedRows * 200) + oneWayMs;

    [TestCase(QueryPlan.PushDown, 1500, 1000)]
    [TestCase(QueryPlan.Pull, 150_000, 100_000)]
    public void Latency_is_the_slowest_regions_request_scan_transfer_and_reply_and_local_rows_move_no_bytes(QueryPlan plan, int movedFromB, int movedFromC)
    {
        var result = TestScenarios.Run(Scenario(plan));
        var latency = result.Row(MetricNames.QueryLatency, "report");
        var slowest = Math.Max(Math.Max(RegionMs(40, 150_000, movedFromB), RegionMs(60, 100_000, movedFromC)), RegionMs(0, 100_000, 0));
        var bytesPerQuery = 2 * 64 + (movedFromB + movedFromC) * 200L;
        var bytes = result.Row(MetricNames.QueryBytes, "report");
        Assert.Multiple(() =>
        {
            Assert.That(latency.Count, Is.GreaterThan(3));
            Assert.That(latency.Mean, Is.EqualTo(slowest).Within(1e-6), "mean");
            Assert.That(latency.Max, Is.EqualTo(slowest).Within(1e-6), "every query the same");
            Assert.That(result.Row(MetricNames.QueryAvailability, "report").Mean, Is.EqualTo(1));
            Assert.That(bytes.Count % bytesPerQuery, Is.Zero, "whole queries' bytes");
            Assert.That(bytes.Count / bytesPerQuery, Is.InRange(latency.Count, latency.Count + 1), "one query's bytes each (one may finish after the end)");
            Assert.That(result.Total(MetricNames.CrossRegionBytes), Is.EqualTo(bytes.Count), "the queries' bytes are the only cross-region traffic");
        });
    }

    [Test]
    public void Pull_moves_every_row_and_push_down_only_the_matching_ones_at_the_sending_regions_price()
    {
        var pull = TestScenarios.Run(Scenario(QueryPlan.Pull));
        var push = TestScenarios.Run(Scenario(QueryPlan.PushDown));
        double Usd(RunResult r) => r.Row(MetricNames.QueryEgressUsd, "report").Mean!.Value;
        var queries = pull.Row(MetricNames.QueryBytes, "report").Count / (2 * 64 + 250_000 * 200L);
        Assert.Multiple(() =>
        {
            Assert.That(push.Row(MetricNames.QueryBytes, "report").Count / (2 * 64 + 2500 * 200L), Is.EqualTo(queries), "the same arrivals");
            // Prices: q -> b and b -> q at 0.02, q -> c and c -> q at 0.09.
            Assert.That(Usd(pull), Is.EqualTo(queries * (64 * 0.02 + 64 * 0.09 + 150_000 * 200.0 * 0.02 + 100_000 * 200.0 * 0.09) / 1e9).Within(1e-12));
            Assert.That(Usd(push), Is.EqualTo(queries * (64 * 0.02 + 64 * 0.09 + 1500 * 200.0 * 0.02 + 1000 * 200.0 * 0.09) / 1e9).Within(1e-12));
            Assert.That(pull.Row(MetricNames.QueryEgressUsdPerMonth, "report").Mean, Is.EqualTo(Usd(pull) * 30 * 86_400 / 600).Within(1e-9));
            Assert.That(pull.Row(MetricNames.QueryEgressUsd, MetricNames.AllScope).Mean, Is.EqualTo(Usd(pull)).Within(1e-15));
        });
    }

    [Test]
    public void A_partition_fails_the_queries_that_need_the_cut_off_region()
    {
        var scenario = Scenario(QueryPlan.PushDown) with
        {
            Faults = [new PartitionFault(SimDuration.Zero, SimDuration.FromSeconds(600), C, Q, OneWay: false)],
        };
        var result = TestScenarios.Run(scenario);
        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.QueryAvailability, "report").Mean, Is.Zero);
            Assert.That(result.Summary.Any(r => r.Metric == MetricNames.QueryLatency), Is.False);
        });
    }
}
