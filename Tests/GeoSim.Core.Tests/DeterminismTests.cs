using GeoSim.Core.Distributions;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Tests;

public class DeterminismTests
{
    [Test]
    public void Same_seed_gives_identical_results_and_another_seed_differs()
    {
        var scenario = TestScenarios.TwoRegions(readFrom: ReadFrom.Local, clientRegion: "b", rate: 300) with
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

    private static string Fingerprint(RunResult result) =>
        string.Join("\n", result.Summary.Select(r => r.ToString()))
        + string.Join("\n", result.Series.SelectMany(s => s.Points.Select(p => $"{s.Metric}{s.Scope}{p}")))
        + result.EventsProcessed;
}
