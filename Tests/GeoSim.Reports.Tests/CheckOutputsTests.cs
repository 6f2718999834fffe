using System.ComponentModel;
using System.Diagnostics;
using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Tests;

/// <summary>
/// Runs the shared contract checker (shared/tools/check-outputs, beside the repository clone) on
/// a folder we wrote, so the writers and the written format cannot drift apart.
/// </summary>
public sealed class CheckOutputsTests : ScratchFolderTest
{
    [Test]
    public void WrittenFolderHoldsTheOutputContract()
    {
        var checker = FindChecker();
        OutputFolder.Write(_scratch.Out, [ContractResult("async"), ContractResult("sync")], SampleResults.Info());

        var (exitCode, output) = RunPython(checker, _scratch.Out);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("holds the output contract"));
    }

    /// <summary>Only metric names from SCENARIO-FORMAT.md, so the checker has nothing to flag.</summary>
    private static RunResult ContractResult(string strategy) => SampleResults.Async() with
    {
        Strategy = strategy,
        Summary =
        [
            new SummaryRow("write_latency_ms", "us-east-1", "ms", 10, 12.5, 11, 20, 30, 31, 31.5),
            new SummaryRow("replication_lag_ms", "us-east-1->eu-west-1", "ms", 10, 80, 75, 90, 99, 99.9, 100),
            new SummaryRow("conflicts", "eu-west-1", "count", 3, null, null, null, null, null, null),
            new SummaryRow("availability", "all", "ratio", 100, 0.99, 1, 1, 0.9, 0.9, 1),
        ],
        Series =
        [
            new TimeSeries("replica_behind_ms", "eu-west-1", [new(1, 0), new(2, 150.25), new(3, 0)]),
            new TimeSeries("availability", "us-east-1", [new(1, 1), new(2, 0.5), new(3, 1)]),
        ],
    };

    private static string FindChecker()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GeoSim.sln")))
        {
            dir = dir.Parent;
        }
        if (dir?.Parent is null)
        {
            Assert.Inconclusive($"no GeoSim.sln above {TestContext.CurrentContext.TestDirectory}: cannot locate shared/tools/check-outputs");
        }
        var checker = Path.Combine(dir!.Parent!.FullName, "shared", "tools", "check-outputs");
        if (!File.Exists(checker))
        {
            Assert.Inconclusive($"the output checker is not at {checker} (expected shared/ beside the repository)");
        }
        return checker;
    }

    private static (int ExitCode, string Output) RunPython(string script, string folder)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(folder);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            Assert.Inconclusive($"python3 is needed to run {script}: {e.Message}");
            throw;
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill();
                Assert.Fail($"{script} did not finish within 60 s");
            }
            return (process.ExitCode, stdout + stderr.Result);
        }
    }
}
