using System.Diagnostics;
using System.Globalization;
using GeoSim.Reports;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// <c>geosim sweep</c> from start to end: read and expand the sweep file (every problem reported
/// before anything runs), check the output folder, reuse the runs it already holds under the same
/// key, run the rest on N threads, and write the folder: every ~30 s as a checkpoint a killed
/// sweep resumes from, and at the end with the analysis.
/// </summary>
internal sealed class SweepSession(TextWriter output, TextWriter error)
{
    private static readonly TimeSpan CheckpointEvery = TimeSpan.FromSeconds(30);

    /// <summary>Writes further files into the finished folder (before run.json, in the same atomic step), from every run's rows.</summary>
    public delegate void FinalPart(string folder, PlanDocument plan, IReadOnlyList<(PlanRun Run, RunRows Rows)> runs);

    public int Run(SweepRequest request)
    {
        var (file, fileErrors) = SweepFileReader.Read(request.SweepPath);
        return file is null ? Fail(fileErrors) : Run(file, request, null);
    }

    /// <param name="final">Called once every run of the whole sweep is done, or null.</param>
    public int Run(SweepFile file, SweepRequest request, FinalPart? final)
    {
        var (plan, planErrors) = new VariantBuilder(file, VersionAction.Version).Build();
        if (plan is null)
        {
            return Fail(planErrors);
        }
        var folder = request.OutDir ?? Path.Combine("results", plan.Name);
        var check = OutputGuard.Check(folder, plan.Name, request.Force);
        Notes(check.Notes);
        if (!check.Ok)
        {
            error.WriteLine($"geosim: {(request.OutDir is null ? "output folder" : "--out")} {check.Path}: {check.Problem}");
            return ExitCodes.BadInput;
        }
        var mine = plan.RunsOf(request.Shard);
        var done = Reusable(check.Path, mine);
        var todo = mine.Where(r => !done.ContainsKey(r.Key)).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sweep {plan.Name}: {plan.Variants.Count} variants x {plan.Seeds.Count} seeds = {plan.Runs.Count} runs" +
            $"{(request.Shard is null ? "" : $"; shard {request.Shard} has {mine.Count}")}" +
            $"{(done.Count > 0 ? $"; {done.Count} already done, reused" : "")}; {todo.Count} to run on {request.Parallel} thread(s)"));
        var document = PlanDocument.Of(plan);
        var target = new Target(check.Path, document, request.Shard, [.. mine.Select(r => document.Runs[r.Number - 1])], final);
        return Execute(plan, request, target, todo, done);
    }

    /// <summary>Where the results go: the folder, the plan, the runs it is meant to hold and what else it gets when complete.</summary>
    private sealed record Target(string Folder, PlanDocument Plan, Shard? Shard, IReadOnlyList<PlanRun> Planned, FinalPart? Final);

    private int Execute(SweepPlan plan, SweepRequest request, Target target, List<PlannedRun> todo, Dictionary<string, RunRows> done)
    {
        using var reports = request.Charts ? new RunReports(target.Folder) : null;
        var clock = Stopwatch.StartNew();
        var lastWrite = clock.Elapsed;
        long events = 0;
        int? signalled;
        SweepExecutor executor;
        using (var signals = new InterruptSignals())
        {
            executor = new SweepExecutor(request.Parallel, signals.Token);
            executor.Run(todo, (run, result) => RunRows.From(run.Key, result, plan.Metrics), reports is null ? null : reports.Write, (run, rows) =>
            {
                done[run.Key] = rows;
                events += rows.Events;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"done {done.Count}/{target.Planned.Count}: run {run.Number} (variant {run.Variant.Number}, seed {run.Seed})"));
                if (clock.Elapsed - lastWrite > CheckpointEvery && done.Count < target.Planned.Count)
                {
                    Write(target, done, null);
                    lastWrite = clock.Elapsed;
                }
            });
            signalled = signals.ExitCode;
            if (!Write(target, done, Extra(target, done, reports)))
            {
                return ExitCodes.BadInput;
            }
        }
        var wall = clock.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{done.Count} of {target.Planned.Count} runs done; {todo.Count(r => done.ContainsKey(r.Key))} ran in {wall:0.00} s wall ({events / Math.Max(wall, 1e-9) / 1e6:0.00} M events/s); " +
            $"simulating took {executor.SimulationTime.TotalSeconds:0.00} s of thread time"));
        output.WriteLine($"results in {request.OutDir ?? Path.Combine("results", plan.Name)}");
        return signalled ?? ExitCodes.Success;
    }

    /// <summary>The runs of <paramref name="mine"/> an earlier sweep already wrote to the folder, by key.</summary>
    private Dictionary<string, RunRows> Reusable(string folder, IReadOnlyList<PlannedRun> mine)
    {
        if (!Directory.Exists(folder) || !Reports.Sweep.SweepFolder.IsSweep(folder))
        {
            return new Dictionary<string, RunRows>(StringComparer.Ordinal);
        }
        var stored = RunsCsv.Read(folder);
        return mine.Where(r => stored.ContainsKey(r.Key)).ToDictionary(r => r.Key, r => stored[r.Key], StringComparer.Ordinal);
    }

    /// <summary>The per-run reports and, once every run is done, the final part.</summary>
    private static Action<string>? Extra(Target target, Dictionary<string, RunRows> done, RunReports? reports)
    {
        var complete = target.Final is not null && target.Shard is null && target.Planned.All(r => done.ContainsKey(r.Key));
        if (!complete && reports is null)
        {
            return null;
        }
        return folder =>
        {
            reports?.CopyInto(folder);
            if (complete)
            {
                target.Final!(folder, target.Plan, [.. target.Planned.Select(r => (r, done[r.Key]))]);
            }
        };
    }

    private bool Write(Target target, Dictionary<string, RunRows> done, Action<string>? extra)
    {
        try
        {
            Notes(SweepOutput.Write(target.Folder, target.Plan, target.Shard, target.Planned, done, VersionAction.Version, extra));
            return true;
        }
        catch (OutputFolderException e)
        {
            error.WriteLine($"geosim: --out {e.FolderPath}: {e.Problem}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"geosim: --out {target.Folder}: could not write the results ({e.Message}); nothing at the path was changed");
        }
        return false;
    }

    private int Fail(IReadOnlyList<GeoSim.Scenario.ScenarioError> errors)
    {
        foreach (var e in errors)
        {
            error.WriteLine(e);
        }
        return ExitCodes.BadInput;
    }

    private void Notes(IReadOnlyList<string> notes)
    {
        foreach (var note in notes)
        {
            error.WriteLine($"geosim: note: {note}");
        }
    }
}
