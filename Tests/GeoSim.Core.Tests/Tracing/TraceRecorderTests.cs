using GeoSim.Core.Metrics;
using GeoSim.Core.Run;
using GeoSim.Core.Spec;
using GeoSim.Core.Tracing;

namespace GeoSim.Core.Tests.Tracing;

public class TraceRecorderTests
{
    [Test]
    public void Tracing_changes_nothing_the_run_measures()
    {
        var scenario = TestScenarios.TwoRegions(readFrom: ReadFrom.Local, rate: 500, durationS: 30);

        var traced = Run(scenario, new TraceSettings(0.5, int.MaxValue));
        var plain = TestScenarios.Run(scenario);

        Assert.Multiple(() =>
        {
            Assert.That(traced.Trace!.Entries, Is.Not.Empty);
            Assert.That(plain.Trace, Is.Null);
            Assert.That(traced.Summary, Is.EqualTo(plain.Summary));
            Assert.That(traced.EventsProcessed, Is.EqualTo(plain.EventsProcessed));
        });
    }

    [Test]
    public void Past_its_budget_a_trace_keeps_exactly_the_messages_a_lower_share_draws()
    {
        var scenario = TestScenarios.TwoRegions(rate: 400, readFraction: 0, durationS: 30);

        var capped = Run(scenario, new TraceSettings(1, 1000)).Trace!;
        var fresh = Run(scenario, new TraceSettings(capped.EffectiveSample, int.MaxValue)).Trace!;

        Assert.Multiple(() =>
        {
            // About 12,000 writes, each one replication message: the share halves to 1/16 at least.
            Assert.That(capped.EffectiveSample, Is.LessThanOrEqualTo(1.0 / 16));
            Assert.That(capped.Entries, Has.Count.LessThanOrEqualTo(1000));
            Assert.That(capped.RequestedSample, Is.EqualTo(1));
            Assert.That(MessageIds(capped), Is.EqualTo(MessageIds(fresh)));
            Assert.That(MessageIds(capped), Is.Not.Empty);
        });
    }

    [Test]
    public void The_op_slices_of_one_node_never_overlap_even_when_every_op_is_drawn()
    {
        // 2,000 ops/s at 1 ms each: several are open at once, only one of them at a time is kept.
        var scenario = TestScenarios.TwoRegions(rate: 2000, durationS: 10);
        var trace = Run(scenario with { Network = scenario.Network with { Links = [.. scenario.Network.Links.Select(Intra)] } },
            new TraceSettings(1, int.MaxValue)).Trace!;
        var ops = trace.Entries.Where(e => e.Kind == TraceEntryKind.Op).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ops, Has.Count.GreaterThan(1000));
            foreach (var node in ops.GroupBy(o => o.Node))
            {
                var sorted = node.OrderBy(o => o.StartNanos).ToList();
                Assert.That(sorted.Zip(sorted.Skip(1)).All(p => p.First.EndNanos <= p.Second.StartNanos), Is.True, $"node {node.Key}");
            }
        });
    }

    [Test]
    public void The_draw_is_uniform_enough_to_honour_the_share()
    {
        const int draws = 200_000;
        var limit = TraceDraw.Limit(0.1);
        var kept = Enumerable.Range(0, draws).Count(n => TraceDraw.Of(7, n) < limit);
        // Binomial(200000, 0.1): sd 134; 5 sd either side.
        Assert.That(kept, Is.InRange(20_000 - 670, 20_000 + 670));
    }

    private static RunResult Run(ScenarioSpec scenario, TraceSettings trace) => new Simulation(scenario, scenario.Strategies[0], trace).Run();

    private static List<long> MessageIds(TraceLog log) =>
        log.Entries.Where(e => e.Kind == TraceEntryKind.Message).Select(e => e.Id).Order().ToList();

    /// <summary>Half a millisecond inside a region, so an op takes 1 ms.</summary>
    private static LinkSpec Intra(LinkSpec link) =>
        link.From == link.To ? TestScenarios.Link(link.From, link.To, 0.5) : link;
}
