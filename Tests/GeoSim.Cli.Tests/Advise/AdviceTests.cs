using System.Globalization;
using GeoSim.Cli.Advise;
using GeoSim.Cli.Sweep;

namespace GeoSim.Cli.Tests.Advise;

/// <summary>The judging, ranking and Pareto front on metric tables made by hand, so every expected verdict is worked out here.</summary>
public class AdviceTests
{
    private static readonly Objective LowestP99 = Objective.Parse(Objective.Default, out _)!;

    [Test]
    public void The_variants_meeting_every_target_are_ranked_by_the_objective_and_the_rest_say_what_they_miss()
    {
        // write p99 over two seeds: a 100/102, b 40/42, c 300/302 (misses <=150), d 40/42 (ties with b).
        var table = Table(
            ("a", [Rows(100, lost: 0), Rows(102, lost: 0)]),
            ("b", [Rows(40, lost: 0), Rows(42, lost: 0)]),
            ("c", [Rows(300, lost: 0), Rows(302, lost: 0)]),
            ("d", [Rows(40, lost: 0), Rows(42, lost: 0)]));

        var advice = Advice.Of(table.Plan, table.Runs, Targets("write_latency_ms.p99<=150, lost_updates==0"), LowestP99);

        Assert.Multiple(() =>
        {
            Assert.That(advice.Ranked.Select(Label), Is.EqualTo(new[] { "b", "d", "a" }), "lowest p99 first; the tie b/d in plan order");
            Assert.That(advice.Variants.Where(v => !v.MeetsAll).Select(Label), Is.EqualTo(new[] { "c" }));
            Assert.That(advice.Variants[2].Verdicts.Select(v => v.Met), Is.EqualTo(new[] { false, true }));
            Assert.That(advice.Ranked[0].Objective!.Mean, Is.EqualTo(41));
            Assert.That(advice.Ranked[0].Runs.Select(r => r.Run), Is.EqualTo(new[] { 3, 4 }), "the runs behind the claim");
        });
    }

    [Test]
    public void A_mean_inside_the_target_whose_interval_crosses_it_does_not_meet_it()
    {
        // Mean 145 <= 150, but sd 7.07 over two seeds gives a 95 % interval of 145 ± 12.706 * 5 = [81.5, 208.5].
        var table = Table(("wide", [Rows(140, lost: 0), Rows(150, lost: 0)]), ("tight", [Rows(149, lost: 0), Rows(149, lost: 0)]));

        var advice = Advice.Of(table.Plan, table.Runs, Targets("write_latency_ms.p99<=150"), LowestP99);

        var wide = advice.Variants[0].Verdicts[0];
        Assert.Multiple(() =>
        {
            Assert.That(wide.Summary!.Mean, Is.EqualTo(145));
            Assert.That(wide.Summary.Ci95High, Is.EqualTo(145 + 12.7062047 * 5).Within(1e-5));
            Assert.That(wide.Met, Is.False);
            Assert.That(advice.Ranked.Select(Label), Is.EqualTo(new[] { "tight" }));
        });
    }

    [Test]
    public void Equality_needs_every_seed_and_a_count_the_run_did_not_report_is_zero()
    {
        var table = Table(
            ("lost-once", [Rows(10, lost: 0), Rows(10, lost: 3)]),
            ("never-counted", [Rows(10, lost: null), Rows(10, lost: null)]));

        var advice = Advice.Of(table.Plan, table.Runs, Targets("lost_updates.count==0"), LowestP99);

        Assert.Multiple(() =>
        {
            Assert.That(advice.Variants[0].Verdicts[0].Met, Is.False, "one seed lost 3 writes");
            Assert.That(advice.Variants[1].Verdicts[0].Summary!.Max, Is.EqualTo(0));
            Assert.That(advice.Variants[1].MeetsAll, Is.True);
        });
    }

    [Test]
    public void A_metric_a_run_did_not_measure_fails_its_target_as_not_measured()
    {
        var table = Table(("no-rto", [Rows(10, lost: 0), Rows(10, lost: 0)]));

        var advice = Advice.Of(table.Plan, table.Runs, Targets("rto_s.max<=30"), LowestP99);

        Assert.That(advice.Variants[0].Verdicts[0].Summary, Is.Null);
        Assert.That(advice.Ranked, Is.Empty);
        Assert.That(AdviceReport.Lines(advice, Targets("rto_s.max<=30"), LowestP99), Has.Some.Contains("rto_s.max<=30: not measured in every run"));
    }

    [Test]
    public void Scopes_combine_counts_summed_the_all_scope_first_else_the_worst_region()
    {
        // Bytes 3 GB + 2.5 GB over two pairs: 5.5 GB in all, over the 5 GB target although each pair is under it.
        // Replica behind has no "all" scope: the worst region (900 ms) is judged.
        var rows = new RunRows("k", [
            new("write_latency_ms", "all", "p99", "10"), new("write_latency_ms", "eu-west-1", "p99", "500"),
            new("cross_region_bytes", "a->b", "count", "3000000000"), new("cross_region_bytes", "b->a", "count", "2500000000"),
            new("replica_behind_ms", "a", "max", "100"), new("replica_behind_ms", "b", "max", "900"),
        ]);
        var targets = Targets("write_latency_ms.p99<=150, cross_region_bytes<=5GB, replica_behind_ms.max<=500, write_latency_ms.p99@eu-west-1<=600");

        Assert.That(targets.Select(t => t.Measure.Of(rows)), Is.EqualTo(new double?[] { 10, 5.5e9, 900, 500 }));
        Assert.That(SloParser.ParseMeasure("availability.min", higherIsWorse: false, out _, out _)!.Of(
            new RunRows("k", [new("availability", "a", "min", "0.5"), new("availability", "b", "min", "0.9")])), Is.EqualTo(0.5),
            "for a floor, the worst region is the lowest");
    }

    [Test]
    public void The_pareto_front_keeps_exactly_the_variants_no_other_beats_on_both_latency_and_loss()
    {
        // (p99, lost): fast (10, 8), middle (50, 2), slow (200, 0), dominated (60, 5) by middle, twin-of-slow (200, 0).
        var table = Table(
            ("fast", [Rows(10, lost: 8)]), ("middle", [Rows(50, lost: 2)]), ("dominated", [Rows(60, lost: 5)]),
            ("slow", [Rows(200, lost: 0)]), ("twin", [Rows(200, lost: 0)]), ("worse-twin", [Rows(201, lost: 0)]));

        var advice = Advice.Of(table.Plan, table.Runs, [], LowestP99);

        Assert.That(advice.Front.Select(Label), Is.EqualTo(new[] { "fast", "middle", "slow", "twin" }));
    }

    [Test]
    public void An_objective_to_maximise_ranks_the_highest_first()
    {
        var table = Table(
            ("low", [Rows(10, lost: 0, availability: 0.99)]), ("high", [Rows(10, lost: 0, availability: 0.999)]));

        var objective = Objective.Parse("max:availability.mean", out var problem)!;
        var advice = Advice.Of(table.Plan, table.Runs, [], objective);

        Assert.That(problem, Is.Null);
        Assert.That(advice.Ranked.Select(Label), Is.EqualTo(new[] { "high", "low" }));
        Assert.That(objective.ToString(), Is.EqualTo("highest availability.mean"));
    }

    [TestCase("fastest:write_latency_ms.p99", "expected min:METRIC.STATISTIC or max:METRIC.STATISTIC")]
    [TestCase("min:write_latency_ms", "write write_latency_ms.STATISTIC")]
    public void A_bad_objective_is_bad_input(string text, string message)
    {
        Assert.That(Objective.Parse(text, out var problem), Is.Null);
        Assert.That(problem, Does.StartWith($"--objective {text}: ").And.Contain(message));
    }

    [TestCase(new long[] { 1, 2, 3, 5, 7, 8 }, "1 to 3, 5, 7 to 8")]
    [TestCase(new long[] { -2, -1, 0 }, "-2 to 0")]
    [TestCase(new long[] { 4 }, "4")]
    public void Runs_are_named_as_ranges(long[] numbers, string expected) =>
        Assert.That(AdviceReport.Ranges(numbers), Is.EqualTo(expected));

    private static IReadOnlyList<SloTarget> Targets(string text) =>
        SloParser.Parse(text, out var problem, out _) ?? throw new AssertionException(problem!);

    private static string Label(VariantAdvice v) => v.Variant.Values[0];

    /// <summary>One run's rows: write p99 (all), lost updates (a count, absent when null), availability.</summary>
    private static List<MetricValue> Rows(double p99, double? lost, double availability = 1)
    {
        var rows = new List<MetricValue>
        {
            new("events_processed", "all", "count", "1000"),
            new("write_latency_ms", "all", "p99", Text(p99)),
            new("write_latency_ms", "us-east-1", "p99", Text(p99 * 3)),
            new("availability", "all", "mean", Text(availability)),
        };
        if (lost is { } l)
        {
            rows.Add(new("lost_updates", "us-east-1", "count", Text(l)));
        }
        return rows;
    }

    private static (PlanDocument Plan, List<(PlanRun, RunRows)> Runs) Table(params (string Label, List<MetricValue>[] Seeds)[] variants)
    {
        var planVariants = variants.Select((v, i) => new PlanVariant(i + 1, [v.Label])).ToList();
        var runs = new List<(PlanRun, RunRows)>();
        foreach (var (v, i) in variants.Select((v, i) => (v, i)))
        {
            for (var s = 0; s < v.Seeds.Length; s++)
            {
                var key = $"k{i}-{s}";
                runs.Add((new PlanRun(runs.Count + 1, i + 1, s + 1, key), new RunRows(key, v.Seeds[s])));
            }
        }
        var plan = new PlanDocument(PlanDocument.FormatName, "t", "s", [new PlanAxis("strategy", [.. variants.Select(v => v.Label)])],
            [1, 2], null, planVariants, [.. runs.Select(r => r.Item1)]);
        return (plan, runs);
    }

    private static string Text(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
