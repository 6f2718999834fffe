using GeoSim.Core.Spec;
using GeoSim.Scenario;

namespace GeoSim.Reports.Tests.Player;

/// <summary>The role each strategy gives a region at the start, read off compare-strategies.yaml (regions us-west-2, us-east-1, eu-west-1, ap-southeast-1).</summary>
public sealed class StartRoleTests
{
    [TestCase("primary-replica", "replica primary replica replica")]
    [TestCase("multi-master", "primary primary primary primary")]
    [TestCase("cascade", "replica primary replica replica")]
    [TestCase("consensus", "replica leader replica replica")]
    public void Each_strategy_names_the_regions_that_take_writes_at_the_start(string label, string roles)
    {
        var loaded = ScenarioLoader.LoadFile(Path.Combine(SimulatedRuns.RepoRoot(), "Scenarios", "compare-strategies.yaml"));
        Assert.That(loaded.Errors, Is.Empty);
        var spec = loaded.Scenario!;
        var strategy = spec.Strategies.Single(s => s.Label == label);

        Assert.That(string.Join(' ', spec.Regions.Select((_, i) => strategy.StartRole(new RegionId(i)))), Is.EqualTo(roles));
    }
}
