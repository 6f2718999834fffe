using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Faults;

public class PartitionTests
{
    private static readonly SimDuration Start = SimDuration.FromSeconds(60);
    private static readonly SimDuration Window = SimDuration.FromSeconds(43);

    /// <summary>Primary in a, replica in b, 40 ms one-way, writes from both regions, a 43 s partition at 60 s, no reconnect delay.</summary>
    private static RunResult RunPartitioned(double durationS = 300)
    {
        var scenario = TestScenarios.TwoRegions(oneWayMs: 40, rate: 50, readFraction: 0.5, durationS: durationS);
        scenario = scenario with
        {
            Network = scenario.Network with { ReconnectAfter = SimDuration.Zero },
            Workload = scenario.Workload with
            {
                Clients = [scenario.Workload.Clients[0], scenario.Workload.Clients[0] with { Region = B }],
            },
            Faults = [new PartitionFault(Start, Window, A, B, OneWay: false)],
        };
        return TestScenarios.Run(scenario);
    }

    [Test]
    public void Replica_falls_behind_for_the_whole_partition_then_catches_up()
    {
        var result = RunPartitioned();
        var behind = result.Series.Single(s => s.Metric == MetricNames.ReplicaBehind && s.Scope == "b").Points;

        Assert.Multiple(() =>
        {
            // Closed form: the oldest write held is committed just after 60 s and applied 40 ms after the heal.
            Assert.That(result.Row(MetricNames.ReplicaBehind, "b").Max, Is.EqualTo(43_000 + 40).Within(1000));
            // Linear rise: one second more behind at each one-second sample through the window.
            var during = behind.Where(p => p.TimeSeconds is > 61 and < 103).ToList();
            Assert.That(during.Zip(during.Skip(1)).All(p => Math.Abs(p.Second.Value - p.First.Value - 1000) < 30), Is.True);
            Assert.That(behind.Single(p => p.TimeSeconds == 105).Value, Is.LessThan(100), "caught up after the heal");
        });
    }

    [Test]
    public void Writes_from_the_cut_off_region_are_unavailable_for_the_window()
    {
        var result = RunPartitioned();

        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.WriteAvailability, "b").Mean, Is.EqualTo(1 - 43.0 / 300).Within(0.01));
            Assert.That(result.Row(MetricNames.WriteAvailability, "a").Mean, Is.EqualTo(1.0));
        });
    }

    [Test]
    public void Every_held_message_arrives_in_order_after_the_heal()
    {
        // The ledger throws if a replica applies one origin's writes out of order; here every write
        // committed before the last 40 ms must also have reached the replica.
        var result = RunPartitioned(durationS: 200);
        var committed = result.Row(MetricNames.WriteLatency, "a").Count; // a's writes commit at once (0 ms intra-region)
        var applied = result.Row(MetricNames.ReplicationLag, "a->b").Count;

        Assert.That(applied, Is.InRange(committed - 10, committed + 10_000));
        Assert.That(result.Series.Single(s => s.Metric == MetricNames.ReplicaBehind && s.Scope == "b").Points[^1].Value,
            Is.LessThan(100));
    }

    [Test]
    public void Every_fault_start_and_end_is_an_event()
    {
        var result = RunPartitioned();

        Assert.That(result.Events.Select(e => (e.TimeSeconds, e.Kind, e.Scope)), Is.EqualTo(new[]
        {
            (60.0, "fault-start", "a<->b"),
            (103.0, "fault-end", "a<->b"),
        }));
    }

    [Test]
    public void Local_reads_in_the_cut_off_region_stay_available_but_go_stale()
    {
        var scenario = TestScenarios.TwoRegions(oneWayMs: 40, readFrom: ReadFrom.Local, clientRegion: A, rate: 200, durationS: 200);
        scenario = scenario with
        {
            Workload = scenario.Workload with
            {
                Clients = [scenario.Workload.Clients[0], scenario.Workload.Clients[0] with { Region = B, ReadFraction = 1 }],
            },
            Faults = [new PartitionFault(Start, Window, A, B, OneWay: false)],
        };
        var result = TestScenarios.Run(scenario);

        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.ReadAvailability, "b").Mean, Is.EqualTo(1.0));
            Assert.That(result.Row(MetricNames.ReadStaleness, "b").Max, Is.GreaterThan(40_000));
        });
    }

    [Test]
    public void Random_partitions_cover_mttr_over_mtbf_plus_mttr_of_the_time()
    {
        var scenario = TestScenarios.TwoRegions(rate: 0.01, durationS: 200_000);
        scenario = scenario with
        {
            Metrics = new MetricsSpec(SimDuration.FromSeconds(60)),
            Faults = [new RandomPartitionsFault(SimDuration.Zero, SimDuration.FromSeconds(200_000),
                new ExponentialDistribution(60e9), new ExponentialDistribution(20e9), null)],
        };
        var result = TestScenarios.Run(scenario);

        var down = 0.0;
        var since = 0.0;
        foreach (var e in result.Events)
        {
            if (e.Kind == "fault-start")
            {
                since = e.TimeSeconds;
            }
            else
            {
                down += e.TimeSeconds - since;
            }
        }
        Assert.That(result.Events.Count, Is.GreaterThan(4000));
        Assert.That(down / 200_000, Is.EqualTo(20.0 / 80).Within(5).Percent);
    }
}
