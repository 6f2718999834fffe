using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication;
using GeoSim.Core.Topology;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication;

public class FailoverReachTests
{
    // Nodes per region, primary in the first; expected number of limits with fencing on.
    [TestCase(new[] { 1, 1 }, 1, "failover can never happen when a is lost")]
    [TestCase(new[] { 2, 1 }, 1, "only 1 node is outside a")]
    [TestCase(new[] { 1, 1, 1 }, 0, null)]
    [TestCase(new[] { 3 }, 1, "only 0 nodes are outside a")]
    [TestCase(new[] { 1, 2 }, 0, null)]
    public void A_majority_that_cannot_form_without_the_primary_region_is_named(int[] nodes, int expected, string? text)
    {
        var limits = StrategyCatalog.Notes(Scenario(nodes, FailoverSpec.Default)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(limits, Has.Count.EqualTo(expected));
            if (text is not null)
            {
                Assert.That(limits[0], Does.Contain(text));
            }
        });
    }

    [Test]
    public void Without_fencing_two_regions_can_fail_over_and_promote_none_never_does()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StrategyCatalog.Notes(Scenario([1, 1], FailoverSpec.Default with { FenceOldPrimary = false })), Is.Empty);
            Assert.That(StrategyCatalog.Notes(Scenario([1, 1, 1], FailoverSpec.Default with { Promote = PromotionRule.None })).Single(),
                Does.Contain("never promotes"));
        });
    }

    [Test]
    public void A_witness_supplies_the_majority_but_is_never_a_candidate()
    {
        var withWitness = FailoverSpec.Default with { Witness = new RegionId(2) };

        Assert.Multiple(() =>
        {
            Assert.That(StrategyCatalog.Notes(Scenario([1, 1, 1], withWitness)), Is.Empty, "a, b and the witness c: b can win 2 of 3 votes");
            Assert.That(StrategyCatalog.Notes(Scenario([1, 1], FailoverSpec.Default)).Single(), Does.Contain("or a witness"));
            Assert.That(StrategyCatalog.Notes(Scenario([2, 0, 1], withWitness with { FenceOldPrimary = false })).Single(),
                Does.Contain("the witness c is the only node outside it, and a witness is never promoted"));
        });
    }

    [Test]
    public void A_scenario_the_limit_names_really_never_fails_over()
    {
        var scenario = TestScenarios.TwoRegions(readFraction: 0, durationS: 60)
            .WithStrategy(s => s with { Failover = FailoverSpec.Default }) with
        {
            Faults = [new OutageFault(SimDuration.FromSeconds(10), SimDuration.FromSeconds(1000), A, null)],
        };

        Assert.Multiple(() =>
        {
            Assert.That(StrategyCatalog.Notes(scenario), Is.Not.Empty);
            Assert.That(TestScenarios.Run(scenario).Total(MetricNames.Failovers), Is.EqualTo(0));
        });
    }

    private static ScenarioSpec Scenario(int[] nodes, FailoverSpec failover)
    {
        var names = nodes.Select((_, i) => ((char)('a' + i)).ToString()).ToArray();
        return TestScenarios.TwoRegions()
            .WithRegions((_, _) => 10, names.Select((n, i) => (n, nodes[i])).ToArray())
            .WithStrategy(s => s with { Failover = failover });
    }
}
