using System.Text.Json;
using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Tests;

public sealed class RunJsonTests : ScratchFolderTest
{
    [Test]
    public void HasExactTextInStableKeyOrder()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async(), SampleResults.Sync()], SampleResults.Info());

        Assert.That(_scratch.Read("run.json"), Is.EqualTo("""
            {
              "format": "geosim-output-1",
              "scenario": "quickstart",
              "seed": 42,
              "geosim_version": "0.1.0-test",
              "fingerprint": "f00dfeed",
              "metrics_interval_seconds": 1,
              "strategies": [
                {
                  "strategy": "async",
                  "events_processed": 1234,
                  "simulated_seconds": 60,
                  "completed": true
                },
                {
                  "strategy": "sync",
                  "events_processed": 766,
                  "simulated_seconds": 60,
                  "completed": true
                }
              ],
              "events_processed": 2000,
              "wall_seconds": 1.235,
              "partial": false,
              "command_line": [
                "geosim",
                "run",
                "quickstart.yaml",
                "--seed",
                "42"
              ],
              "environment": {
                "geosim_version": "0.1.0-test",
                "os": "Linux 6.1.0",
                "architecture": "x64",
                "dotnet_runtime": ".NET 10.0.0"
              },
              "files": [
                "events.csv",
                "histograms.csv",
                "run.json",
                "summary-low-tail.csv",
                "summary.csv",
                "summary.md",
                "timeseries-units.csv",
                "timeseries.csv"
              ]
            }

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void ParsesAndRecordsTheSeed()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async() with { Seed = 9_007_199_254_740_993 }], SampleResults.Info());

        using var json = JsonDocument.Parse(_scratch.Read("run.json"));
        Assert.That(json.RootElement.GetProperty("seed").GetInt64(), Is.EqualTo(9_007_199_254_740_993));
    }

    [TestCase(true, true, false, false)]
    [TestCase(false, true, false, true)]
    [TestCase(true, false, false, true)]
    [TestCase(true, true, true, true)]
    public void PartialWhenAnyStrategyStoppedEarlyOrTheCallerSaysSo(bool asyncCompleted, bool syncCompleted, bool interrupted, bool expected)
    {
        RunResult[] results =
        [
            SampleResults.Async() with { Completed = asyncCompleted },
            SampleResults.Sync() with { Completed = syncCompleted },
        ];

        OutputFolder.Write(_scratch.Out, results, SampleResults.Info(interrupted));

        using var json = JsonDocument.Parse(_scratch.Read("run.json"));
        Assert.That(json.RootElement.GetProperty("partial").GetBoolean(), Is.EqualTo(expected));
    }
}
