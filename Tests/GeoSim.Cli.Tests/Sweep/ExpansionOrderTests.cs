using GeoSim.Cli.Sweep;

namespace GeoSim.Cli.Tests.Sweep;

/// <summary>The grid expands in the documented order: the first axis outermost, the last fastest, seeds innermost.</summary>
public class ExpansionOrderTests
{
    private static SweepPlan Plan(string text)
    {
        var (file, errors) = SweepFileReader.Read(SweepFiles.Write(text));
        Assert.That(errors, Is.Empty);
        var (plan, planErrors) = new VariantBuilder(file!, "test").Build();
        Assert.That(planErrors, Is.Empty);
        return plan!;
    }

    [Test]
    public void Variants_count_like_nested_loops_and_every_variant_runs_every_seed_in_turn()
    {
        var plan = Plan("""
            scenario: compare-strategies
            seeds: [7, 3]
            vary:
              workload.keys: [1000, 2000, 3000]
              strategies: [cascade, primary-replica]
            """);

        var expected = new[] { "1000", "2000", "3000" }.SelectMany(rate => new[] { "cascade", "primary-replica" }.Select(s => $"{rate} {s}")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(plan.Variants.Select(v => string.Join(" ", v.Values)), Is.EqualTo(expected));
            Assert.That(plan.Runs.Select(r => (r.Number, r.Variant.Number, r.Seed)),
                Is.EqualTo(Enumerable.Range(0, 12).Select(i => (i + 1, i / 2 + 1, i % 2 == 0 ? 7L : 3L))));
            Assert.That(plan.Variants.Select(v => v.Strategy.Label), Is.EqualTo(expected.Select(e => e.Split(' ')[1])));
            Assert.That(plan.Variants.Select(v => v.Spec.Workload.Keys), Is.EqualTo(new[] { 1000, 1000, 2000, 2000, 3000, 3000 }));
        });
    }

    [Test]
    public void Without_strategies_in_vary_every_strategy_of_the_scenario_is_the_last_axis()
    {
        var plan = Plan("scenario: compare-strategies\nseeds: 1\nvary:\n  workload.keys: [100, 200]\n");

        Assert.Multiple(() =>
        {
            Assert.That(plan.AxisNames, Is.EqualTo(new[] { "workload.keys", "strategy" }));
            Assert.That(plan.Variants.Select(v => string.Join(" ", v.Values)), Is.EqualTo(new[]
            {
                "100 primary-replica", "100 multi-master", "100 cascade", "100 consensus",
                "200 primary-replica", "200 multi-master", "200 cascade", "200 consensus",
            }));
        });
    }

    [TestCase(1, new[] { 1, 2, 3, 4, 5, 6, 7 })]
    [TestCase(3, new[] { 1, 4, 7 })]
    [TestCase(3, new[] { 2, 5 }, 2)]
    [TestCase(3, new[] { 3, 6 }, 3)]
    public void A_shard_takes_every_Nth_run_starting_at_its_index(int count, int[] expected, int index = 1)
    {
        var plan = Plan("scenario: quickstart\nseeds: 7\n");

        Assert.That(plan.RunsOf(new Shard(index, count)).Select(r => r.Number), Is.EqualTo(expected));
    }

    [Test]
    public void Run_keys_differ_by_seed_and_variant_and_repeat_for_the_same_inputs()
    {
        var text = "scenario: quickstart\nseeds: 2\nvary:\n  workload.keys: [100, 200]\n";
        var first = Plan(text);
        var again = Plan(text);

        Assert.Multiple(() =>
        {
            Assert.That(first.Runs.Select(r => r.Key).Distinct().Count(), Is.EqualTo(4));
            Assert.That(again.Runs.Select(r => r.Key), Is.EqualTo(first.Runs.Select(r => r.Key)));
        });
    }
}
