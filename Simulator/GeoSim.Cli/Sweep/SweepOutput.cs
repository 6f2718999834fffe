using GeoSim.Reports.Sweep;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// Writes a sweep's output folder in one atomic step (<see cref="SweepFolder"/>): plan.json and
/// runs.csv always; when the folder holds the whole sweep (not a shard) and every run, also
/// sweep.csv, the charts and sweep.html. The same code writes a sweep, a shard and a merge, so a
/// merge of shards is byte for byte what the unsharded sweep writes.
/// </summary>
internal static class SweepOutput
{
    /// <param name="planned">The runs this folder is meant to hold (all, or its shard's).</param>
    /// <param name="done">Results by run key; planned runs without one are left out.</param>
    /// <param name="extra">Adds further files to the folder before run.json (per-run reports), or null.</param>
    /// <returns>The notes of the writer.</returns>
    public static IReadOnlyList<string> Write(string outDir, PlanDocument plan, Shard? shard, IReadOnlyList<PlanRun> planned,
        IReadOnlyDictionary<string, RunRows> done, string version, Action<string>? extra = null)
    {
        var present = planned.Where(r => done.ContainsKey(r.Key)).Select(r => (Run: r, Rows: done[r.Key])).ToList();
        var info = new SweepInfo(plan.Sweep, version, shard?.ToString(), planned.Count, present.Count);
        return SweepFolder.Write(outDir, info, folder =>
        {
            PlanJson.Write(folder, plan);
            RunsCsv.Write(folder, plan, present);
            if (shard is null && info.Complete)
            {
                var summaries = SweepAnalysis.Summarise(plan, present);
                SweepCsv.Write(folder, plan, summaries);
                var charts = SweepCharts.Save(folder, SweepChartPlan.Of(plan, summaries));
                SweepHtml.Write(folder, $"sweep {plan.Sweep}", Facts(plan), charts);
            }
            extra?.Invoke(folder);
        });
    }

    private static List<(string, string)> Facts(PlanDocument plan) =>
    [
        ("scenario", plan.Scenario),
        .. plan.Axes.Select(a => (a.Name, string.Join(", ", a.Values))),
        ("seeds", string.Join(", ", plan.Seeds)),
        ("runs", plan.Runs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
