using System.Globalization;
using GeoSim.Cli.Sweep;
using GeoSim.Reports.Sweep;

namespace GeoSim.Cli.Advise;

/// <summary>
/// The advice in words (printed, and kept as advice.txt), in advice.csv (one line per variant
/// and target, with the runs behind it) and as the Pareto chart. Every claim names its runs: their
/// numbers in runs.csv and their seeds.
/// </summary>
internal static class AdviceReport
{
    public const string TextFile = "advice.txt";
    public const string CsvFile = "advice.csv";

    public static IReadOnlyList<string> Lines(Advice advice, IReadOnlyList<SloTarget> targets, Objective objective)
    {
        var lines = new List<string>
        {
            $"targets: {string.Join(", ", targets.Select(t => t.Text))}",
            "a target holds when the 95 % confidence interval of its mean over the seeds is on its side (with ==, every seed's value)",
            "",
        };
        if (advice.Ranked.Count == 0)
        {
            lines.Add("no variant meets every target");
        }
        else
        {
            lines.Add($"meet every target, best first by {objective}:");
            lines.AddRange(advice.Ranked.Select((v, i) =>
                $"  {i + 1}. {v.Description}: {objective.Measure.Name} {Interval(v.Objective)}; {RunsOf(v)}"));
        }
        var missing = advice.Variants.Where(v => !v.MeetsAll).ToList();
        if (missing.Count > 0)
        {
            lines.Add("");
            lines.Add("miss a target:");
            foreach (var v in missing)
            {
                lines.Add($"  {v.Description}; {RunsOf(v)}:");
                lines.AddRange(v.Verdicts.Where(t => !t.Met).Select(t =>
                    $"    {t.Target.Text}: {(t.Summary is null ? "not measured in every run" : Interval(t.Summary))}"));
            }
        }
        lines.Add("");
        lines.Add($"Pareto front of {Advice.LatencyAxis.Name} against {Advice.LossAxis.Name} (lower is better on both):");
        lines.AddRange(advice.Front.Count == 0
            ? ["  no variant measured both"]
            : advice.Front.Select(v => $"  {v.Description}: {Number(v.Latency!.Mean)} ms, {Number(v.Loss!.Mean)} lost; {RunsOf(v)}"));
        return lines;
    }

    /// <summary>advice.csv: variant, the axis values, target, n, mean, ci95_low, ci95_high, met, runs, seeds.</summary>
    public static void WriteCsv(string folder, PlanDocument plan, Advice advice)
    {
        using var writer = new StreamWriter(Path.Combine(folder, CsvFile), false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(CsvLine.Join(["variant", .. plan.Axes.Select(a => a.Name), "target", "n", "mean", "ci95_low", "ci95_high", "met", "runs", "seeds"]));
        foreach (var v in advice.Variants)
        {
            foreach (var t in v.Verdicts)
            {
                var s = t.Summary;
                writer.WriteLine(CsvLine.Join([
                    Whole(v.Variant.Variant), .. v.Variant.Values, t.Target.Text,
                    s is null ? "" : Whole(s.N), Csv(s?.Mean), Csv(s?.Ci95Low), Csv(s?.Ci95High),
                    t.Met ? "yes" : "no", Ranges(v.Runs.Select(r => (long)r.Run)), Ranges(v.Runs.Select(r => r.Seed))]));
            }
        }
    }

    /// <summary>The chart's data; a point is labelled with the values of the axes that vary.</summary>
    public static ParetoPlot Chart(string scenario, PlanDocument plan, Advice advice) => new(
        $"Write latency against lost updates: {scenario}",
        $"{Advice.LatencyAxis.Name} (ms), mean over seeds",
        $"{Advice.LossAxis.Name} (acknowledged writes lost), mean over seeds",
        [.. advice.Variants.Where(v => v.Latency is not null && v.Loss is not null).Select(v => new ParetoPoint(
            Label(plan, v.Variant), v.Latency!.Mean, v.Latency.Ci95Low, v.Latency.Ci95High,
            v.Loss!.Mean, v.Loss.Ci95Low, v.Loss.Ci95High, advice.Front.Contains(v), v.MeetsAll))]);

    private static string Label(PlanDocument plan, PlanVariant variant)
    {
        var varied = plan.Axes.Select((a, i) => (a, i)).Where(x => x.a.Values.Count > 1).Select(x => variant.Values[x.i]).ToList();
        return string.Join(", ", varied.Count > 0 ? varied : variant.Values);
    }

    /// <summary>"runs 6 to 10 (seeds 1 to 5)".</summary>
    private static string RunsOf(VariantAdvice v) =>
        $"runs {Ranges(v.Runs.Select(r => (long)r.Run))} (seeds {Ranges(v.Runs.Select(r => r.Seed))})";

    /// <summary>"12.3 (95 % CI 11.9 to 12.7)", or the value alone with one seed.</summary>
    private static string Interval(SampleSummary? s) =>
        s is null ? "not measured" : s.Ci95Low is { } low && s.Ci95High is { } high
            ? $"{Number(s.Mean)} (95 % CI {Number(low)} to {Number(high)})"
            : Number(s.Mean);

    /// <summary>"1 to 5, 9, 11 to 12": consecutive numbers as ranges, in the given order.</summary>
    internal static string Ranges(IEnumerable<long> numbers)
    {
        var ranges = new List<(long First, long Last)>();
        foreach (var n in numbers)
        {
            if (ranges.Count > 0 && ranges[^1].Last == n - 1)
            {
                ranges[^1] = (ranges[^1].First, n);
            }
            else
            {
                ranges.Add((n, n));
            }
        }
        return string.Join(", ", ranges.Select(r => r.First == r.Last ? Whole(r.First) : $"{Whole(r.First)} to {Whole(r.Last)}"));
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Csv(double? value) => GeoSim.Reports.CsvNumber.Write(value, CsvFile);

    private static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);
}
