using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>
/// Writes a run's output folder (summary.csv, timeseries.csv, events.csv, run.json and any extra
/// parts) all at once: everything goes into a temporary sibling folder that is moved into place
/// only when complete, so a failed or interrupted run never leaves a half-written folder behind
/// and an earlier result survives until a complete new one replaces it.
/// </summary>
public static class OutputFolder
{
    /// <summary>
    /// Writes <paramref name="results"/> (one per strategy; several for <c>geosim compare</c>, whose
    /// rows share the files, strategies in the order given) to <paramref name="outDir"/>, replacing
    /// any folder already there.
    /// </summary>
    /// <param name="outDir">The folder to create or replace; its parent is created if missing.</param>
    /// <param name="results">At least one result, all of the same scenario, seed and fingerprint,
    /// with distinct strategy labels.</param>
    /// <param name="info">What only the caller knows: version, wall time, command line.</param>
    /// <param name="extraParts">Called in order with the temporary folder, after the CSV files and
    /// run.json are written and before the move: charts, report.html. A part that throws abandons
    /// the whole write.</param>
    /// <exception cref="ArgumentException">The results do not belong to one run.</exception>
    /// <exception cref="InvalidOperationException">A result holds a NaN or infinite number.</exception>
    public static void Write(string outDir, IReadOnlyList<RunResult> results, RunInfo info, params IReadOnlyList<Action<string>> extraParts)
    {
        CheckOneRun(results);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        var parent = Path.GetDirectoryName(target)
            ?? throw new ArgumentException($"cannot replace the root folder {target}", nameof(outDir));
        Directory.CreateDirectory(parent);

        var temp = SiblingName(target, "tmp");
        Directory.CreateDirectory(temp);
        try
        {
            SummaryCsv.Write(temp, results);
            LowTailCsv.Write(temp, results);
            TimeSeriesCsv.Write(temp, results);
            EventsCsv.Write(temp, results);
            RunJson.Write(temp, results, info);
            foreach (var part in extraParts)
            {
                part(temp);
            }
            MoveIntoPlace(temp, target);
        }
        catch
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
            throw;
        }
    }

    // Move the old folder aside, the new one in, then delete the old; if the second move fails the
    // old folder goes back, so outDir always holds a complete result or nothing new.
    private static void MoveIntoPlace(string temp, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(temp, target);
            return;
        }
        var old = SiblingName(target, "old");
        Directory.Move(target, old);
        try
        {
            Directory.Move(temp, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }
        Directory.Delete(old, recursive: true);
    }

    // Same parent, so the moves are renames within one file system.
    private static string SiblingName(string target, string tag) =>
        $"{target}.{tag}-{Path.GetRandomFileName().Replace(".", "")}";

    private static void CheckOneRun(IReadOnlyList<RunResult> results)
    {
        if (results.Count == 0)
        {
            throw new ArgumentException("no results to write", nameof(results));
        }
        var first = results[0];
        foreach (var r in results)
        {
            if (r.ScenarioName != first.ScenarioName || r.Seed != first.Seed || r.Fingerprint != first.Fingerprint)
            {
                throw new ArgumentException(
                    $"strategy {r.Strategy} ran scenario {r.ScenarioName} (seed {r.Seed}, fingerprint {r.Fingerprint}), " +
                    $"but {first.Strategy} ran {first.ScenarioName} (seed {first.Seed}, fingerprint {first.Fingerprint})",
                    nameof(results));
            }
        }
        var duplicate = results.GroupBy(r => r.Strategy, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"strategy label {duplicate.Key} appears {duplicate.Count()} times", nameof(results));
        }
    }
}
