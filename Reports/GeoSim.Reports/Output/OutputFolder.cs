using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>
/// Writes a run's output folder (summary.csv and summary.md, timeseries.csv with its units,
/// histograms.csv, events.csv, run.json and any extra parts) all at once: everything goes into a
/// temporary sibling folder, is flushed to disk, and then takes the place of the old folder in one
/// step (<see cref="OutputSwap"/>), so the path always holds a complete result, old or new. It replaces only an empty folder or one GeoSim
/// wrote itself and that holds nothing else (<see cref="OutputMarker"/>), and of the old folder
/// it deletes only the files its marker lists.
/// </summary>
public static class OutputFolder
{
    /// <summary>
    /// Writes <paramref name="results"/> (one per strategy; several for <c>geosim compare</c>, whose
    /// rows share the files, strategies in the order given) to <paramref name="outDir"/>, replacing
    /// the GeoSim folder already there.
    /// </summary>
    /// <param name="outDir">The folder to create or replace; its parent is created if missing.</param>
    /// <param name="results">At least one result, all of the same scenario, seed and fingerprint,
    /// with distinct strategy labels.</param>
    /// <param name="info">What only the caller knows: version, wall time, command line.</param>
    /// <param name="extraParts">Called in order with the temporary folder, after the CSV files and
    /// before run.json and the move: charts, report.html. A part that throws abandons the whole write.</param>
    /// <returns>Notes for the user on what was tidied up or had to be kept.</returns>
    /// <exception cref="ArgumentException">The results do not belong to one run.</exception>
    /// <exception cref="InvalidOperationException">A result holds a NaN or infinite number.</exception>
    /// <exception cref="OutputFolderException">Something GeoSim did not write is at the path.</exception>
    public static IReadOnlyList<string> Write(string outDir, IReadOnlyList<RunResult> results, RunInfo info, params IReadOnlyList<Action<string>> extraParts) =>
        Write(outDir, results, info, extraParts, _ => { });

    /// <inheritdoc cref="Write(string, IReadOnlyList{RunResult}, RunInfo, IReadOnlyList{Action{string}})"/>
    /// <param name="beforeStep">Told each <see cref="OutputStep"/> just before it starts: a fault hook for crash tests.</param>
    public static IReadOnlyList<string> Write(string outDir, IReadOnlyList<RunResult> results, RunInfo info,
        IReadOnlyList<Action<string>> extraParts, Action<OutputStep> beforeStep)
    {
        CheckOneRun(results);
        return WriteFolder(outDir, temp => WriteRunFiles(temp, results, extraParts),
            (temp, files) => RunJson.Write(temp, results, info, files), beforeStep);
    }

    /// <summary>
    /// The one atomic write every GeoSim output folder goes through: <paramref name="writeFiles"/>
    /// fills a temporary sibling folder, <paramref name="writeMarker"/> then writes run.json (the
    /// marker) from the list of those files, and the finished folder takes the place of the old one.
    /// </summary>
    internal static IReadOnlyList<string> WriteFolder(string outDir, Action<string> writeFiles,
        Action<string, IReadOnlyList<string>> writeMarker, Action<OutputStep> beforeStep)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        var parent = Path.GetDirectoryName(target)
            ?? throw new OutputFolderException(target, "is the root folder");
        Directory.CreateDirectory(parent);
        var notes = StaleOutputs.Clean(target);

        var temp = WriteComplete(target, writeFiles, writeMarker, beforeStep);
        string? replaced;
        try
        {
            beforeStep(OutputStep.Swap);
            // Checked again here: the folder may have changed while the run was simulating.
            if (OutputGuard.ReplaceProblem(target) is { } problem)
            {
                throw new OutputFolderException(target, problem);
            }
            replaced = OutputSwap.Replace(temp, target, beforeStep);
        }
        catch
        {
            Directory.Delete(temp, recursive: true);
            throw;
        }
        FinishSwap(parent, replaced, beforeStep, notes);
        return notes;
    }

    // The new result is in place: a failure now is told, not thrown, since nothing is lost.
    private static void FinishSwap(string parent, string? replaced, Action<OutputStep> beforeStep, List<string> notes)
    {
        try
        {
            beforeStep(OutputStep.SyncParent);
            NativeFileSystem.Sync(parent, isFolder: true);
            beforeStep(OutputStep.RemoveOld);
            if (replaced is not null && RemoveReplaced(replaced) is { } kept)
            {
                notes.Add(kept);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notes.Add($"the new result is in place, but finishing the write failed: {e.Message}");
        }
    }

    // The temporary folder carries the "being written" marker until run.json lists its files.
    private static string WriteComplete(string target, Action<string> writeFiles,
        Action<string, IReadOnlyList<string>> writeMarker, Action<OutputStep> beforeStep)
    {
        var temp = StaleOutputs.SiblingName(target, StaleOutputs.TempTag);
        Directory.CreateDirectory(temp);
        try
        {
            var writing = Path.Combine(temp, OutputMarker.WritingFile);
            File.WriteAllText(writing, OutputMarker.Format + "\n");
            beforeStep(OutputStep.WriteFiles);
            writeFiles(temp);
            beforeStep(OutputStep.WriteMarker);
            writeMarker(temp, OutputMarker.List(temp));
            File.Delete(writing);
            beforeStep(OutputStep.Sync);
            NativeFileSystem.SyncTree(temp);
            return temp;
        }
        catch
        {
            Directory.Delete(temp, recursive: true);
            throw;
        }
    }

    private static void WriteRunFiles(string temp, IReadOnlyList<RunResult> results, IReadOnlyList<Action<string>> extraParts)
    {
        SummaryCsv.Write(temp, results);
        LowTailCsv.Write(temp, results);
        SummaryMarkdown.Write(temp, results);
        TimeSeriesCsv.Write(temp, results);
        TimeSeriesUnitsCsv.Write(temp, results);
        HistogramsCsv.Write(temp, results);
        EventsCsv.Write(temp, results);
        TVisibilityCsv.Write(temp, results);
        foreach (var part in extraParts)
        {
            part(temp);
        }
    }

    // The replaced folder was checked to be empty or GeoSim's; anything that appeared in it since is kept.
    private static string? RemoveReplaced(string replaced)
    {
        var marker = OutputMarker.Read(replaced);
        if (OutputContents.RemoveListed(replaced, marker?.Files ?? new HashSet<string>()))
        {
            return null;
        }
        return $"kept {replaced}: it holds {OutputContents.Describe(OutputContents.Foreign(replaced, null))}";
    }

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
