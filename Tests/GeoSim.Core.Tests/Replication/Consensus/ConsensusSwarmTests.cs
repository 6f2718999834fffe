using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication.Consensus;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication.Consensus;

/// <summary>
/// A seeded swarm: over 50 seeds, random crashes of the leader's region and of the others, and
/// random partitions between any regions, with lease and quorum reads. Raft's promise must hold in
/// every run: no acknowledged write lost, no read missing a write acknowledged before it began.
/// A failing seed is printed, to reproduce it.
/// </summary>
public class ConsensusSwarmTests
{
    private static Distribution Exponential(double meanS) => new ExponentialDistribution(meanS * 1e9);

    [Test]
    public void No_seed_loses_an_acknowledged_write_or_serves_a_stale_linearizable_read()
    {
        var regions = ConsensusScenarios.Names.Select((_, i) => new RegionId(i)).ToArray();
        var pairs = regions.SelectMany(a => regions.Where(b => b.Index > a.Index).Select(b => new RegionPair(a, b))).ToArray();
        var failures = new List<string>();
        var failovers = 0L;
        for (var seed = 1L; seed <= 50; seed++)
        {
            var reads = seed % 2 == 0 ? ReadMode.Lease : ReadMode.Quorum;
            var scenario = ConsensusScenarios.Build(ConsensusScenarios.Spec(5, reads), 5, rate: 40, readFraction: 0.5, durationS: 40, seed: seed,
                faults:
                [
                    new OutageFault(SimDuration.FromSeconds(5 + seed % 7), SimDuration.FromSeconds(3 + seed % 5), A, null),
                    new RandomOutagesFault(SimDuration.FromSeconds(2), SimDuration.FromSeconds(30), Exponential(15), Exponential(3), regions),
                    new RandomPartitionsFault(SimDuration.FromSeconds(2), SimDuration.FromSeconds(30), Exponential(10), Exponential(3), pairs),
                ]);
            var client = scenario.Client();
            scenario = scenario with { Workload = scenario.Workload with { Keys = 20 } };
            scenario = scenario.WithClients(client, client with { Region = C }, client with { Region = new RegionId(4) });
            var result = TestScenarios.Run(scenario);
            var lost = result.Total(MetricNames.LostUpdates);
            var stale = result.Total(MetricNames.LinearizabilityViolations);
            var conflicts = result.Row(MetricNames.LogConflicts, "all").Count;
            failovers += result.Total(MetricNames.Failovers);
            if (lost > 0 || stale > 0 || conflicts > 0)
            {
                failures.Add($"seed {seed} ({reads}): {lost} lost, {stale} stale, {conflicts} log conflicts");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(failovers, Is.GreaterThanOrEqualTo(50), "every seed fails over at least once");
        });
    }
}
