using GeoSim.Reports;
using GeoSim.Reports.Sweep;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// <c>geosim merge</c>: combines the folders of a sweep's shards (or of any partial runs of it)
/// into what the unsharded sweep writes. The folders must hold the same plan; every run of the
/// plan must be in one of them, else the missing runs are named and nothing is written.
/// </summary>
internal sealed class MergeSession(TextWriter output, TextWriter error)
{
    private const int MissingShown = 20;

    public int Run(IReadOnlyList<string> inputs, string outDir, bool force)
    {
        PlanDocument? plan = null;
        string? planText = null;
        var done = new Dictionary<string, RunRows>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input) || !SweepFolder.IsSweep(input))
            {
                return Fail($"{input}: not an output folder of geosim sweep (no run.json with kind sweep)");
            }
            var read = PlanJson.Read(input, out var problem);
            if (read is null)
            {
                return Fail($"{input}: {problem}");
            }
            var text = PlanJson.Text(read);
            if (planText is not null && text != planText)
            {
                return Fail($"{input}: holds another sweep (or another version of it) than {inputs[0]}: their {PlanDocument.FileName} differ");
            }
            (plan, planText) = (read, text);
            foreach (var (key, rows) in RunsCsv.Read(input))
            {
                done.TryAdd(key, rows);
            }
        }
        var missing = plan!.Runs.Where(r => !done.ContainsKey(r.Key)).ToList();
        if (missing.Count > 0)
        {
            error.WriteLine($"geosim: merge: {missing.Count} of {plan.Runs.Count} runs are in none of the folders (a shard failed or was not given):");
            foreach (var run in missing.Take(MissingShown))
            {
                error.WriteLine($"  run {run.Run}: variant {run.Variant} ({plan.Describe(plan.Variants[run.Variant - 1])}), seed {run.Seed}");
            }
            if (missing.Count > MissingShown)
            {
                error.WriteLine($"  and {missing.Count - MissingShown} more");
            }
            error.WriteLine("Re-run the shards that hold them (geosim sweep ... --shard I/N --out THAT-FOLDER reuses the runs already done), then merge again.");
            return ExitCodes.BadInput;
        }
        var check = OutputGuard.Check(outDir, plan.Sweep, force);
        if (!check.Ok)
        {
            return Fail($"--out {check.Path}: {check.Problem}");
        }
        try
        {
            var notes = SweepOutput.Write(check.Path, plan, null, plan.Runs, done, VersionAction.Version);
            foreach (var note in check.Notes.Concat(notes))
            {
                error.WriteLine($"geosim: note: {note}");
            }
            output.WriteLine($"merged {plan.Runs.Count} runs of sweep {plan.Sweep} from {inputs.Count} folder(s); results in {outDir}");
            return ExitCodes.Success;
        }
        catch (OutputFolderException e)
        {
            return Fail($"--out {e.FolderPath}: {e.Problem}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"--out {outDir}: could not write the results ({e.Message}); nothing at the path was changed");
        }
    }

    private int Fail(string message)
    {
        error.WriteLine($"geosim: {message}");
        return ExitCodes.BadInput;
    }
}
