using GeoSim.Core.Metrics;
using GeoSim.Reports;
using GeoSim.Reports.Html;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// <c>--charts</c>: each run's full output folder (CSV files, charts, report.html), written as it
/// finishes into a private staging folder and copied under runs/ of the sweep's folder when it is
/// written; a run reused from an earlier sweep keeps the report that sweep left in the folder.
/// </summary>
internal sealed class RunReports(string sweepFolder) : IDisposable
{
    public const string Folder = "runs";

    private readonly string _staging = Path.Combine(Path.GetTempPath(), $"geosim-sweep-{Environment.ProcessId}-{Path.GetRandomFileName().Replace(".", "")}");

    public static string NameOf(PlannedRun run) => $"v{run.Variant.Number:D3}-seed{run.Seed}";

    /// <summary>Writes one run's folder; called on the worker thread that ran it.</summary>
    public void Write(PlannedRun run, RunResult result)
    {
        var spec = run.Variant.Spec;
        var header = new ReportHeader(spec.Name, spec.Description, run.Seed, spec.Fingerprint, spec.Duration.ToString(), VersionAction.Version);
        OutputFolder.Write(Path.Combine(_staging, NameOf(run)), [result], new RunInfo(VersionAction.Version, 0, ["geosim", "sweep"]),
            ReportParts.ForRun(header, [result]));
    }

    /// <summary>Copies the staged reports, and those an earlier sweep left, under runs/ of <paramref name="folder"/>.</summary>
    public void CopyInto(string folder)
    {
        var earlier = Path.Combine(sweepFolder, Folder);
        foreach (var source in new[] { _staging, earlier }.Where(Directory.Exists))
        {
            foreach (var run in Directory.EnumerateDirectories(source).Order(StringComparer.Ordinal))
            {
                var target = Path.Combine(folder, Folder, Path.GetFileName(run));
                if (!Directory.Exists(target))
                {
                    CopyTree(run, target);
                }
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var sub in Directory.EnumerateDirectories(from))
        {
            CopyTree(sub, Path.Combine(to, Path.GetFileName(sub)));
        }
    }
}
