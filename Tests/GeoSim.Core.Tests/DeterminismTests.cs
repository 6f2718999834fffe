using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests;

public class DeterminismTests
{
    [Test]
    public void Same_seed_gives_identical_results_and_another_seed_differs()
    {
        var scenario = TestScenarios.TwoRegions(readFrom: ReadFrom.Local, clientRegion: B, rate: 300) with
        {
            Network = TestScenarios.TwoRegions().Network with
            {
                Links = TestScenarios.TwoRegions().Network.Links
                    .Select(l => l.From == l.To ? l : l with { Latency = new LogNormalDistribution(40e6, 0.3), Loss = 0.01 })
                    .ToList(),
            },
        };

        var first = Fingerprint(TestScenarios.Run(scenario));
        var again = Fingerprint(TestScenarios.Run(scenario));
        var other = Fingerprint(TestScenarios.Run(scenario with { Seed = 2 }));

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(other, Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void A_failover_with_a_partition_and_a_rejoin_is_reproducible()
    {
        var scenario = TestScenarios.TwoRegions(rate: 200, durationS: 120)
            .WithRegions((_, _) => 30, ("a", 1), ("b", 2), ("c", 1))
            .WithStrategy(s => s with { Replication = ReplicationMode.SemiSync, ReadFrom = ReadFrom.LeastLag, Failover = FailoverSpec.Default with { FenceOldPrimary = false } });
        var client = scenario.Client() with { Consistency = Consistency.ReadYourWrites };
        scenario = scenario.WithClients(client, client with { Region = B }, client with { Region = C }) with
        {
            Faults = [new IsolateFault(SimDuration.FromSeconds(40), SimDuration.FromSeconds(30), A)],
        };

        var first = TestScenarios.Run(scenario);
        var again = TestScenarios.Run(scenario);

        Assert.Multiple(() =>
        {
            Assert.That(first.Events.Select(e => e.Kind), Does.Contain("promotion").And.Contain("rejoin"));
            Assert.That(Fingerprint(again) + string.Join("\n", again.Events), Is.EqualTo(Fingerprint(first) + string.Join("\n", first.Events)));
        });
    }

    private static string Fingerprint(RunResult result) =>
        string.Join("\n", result.Summary.Select(r => r.ToString()))
        + string.Join("\n", result.Series.SelectMany(s => s.Points.Select(p => $"{s.Metric}{s.Scope}{p}")))
        + result.EventsProcessed;
}
