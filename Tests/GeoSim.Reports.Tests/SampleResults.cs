using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Tests;

/// <summary>Hand-built results whose files the tests know by heart.</summary>
internal static class SampleResults
{
    public static RunResult Async() => new(
        ScenarioName: "quickstart",
        Strategy: "async",
        Seed: 42,
        Fingerprint: "f00dfeed",
        EventsProcessed: 1_234,
        SimulatedSeconds: 60,
        Completed: true,
        Summary:
        [
            new SummaryRow("write_latency_ms", "us-east-1", "ms", 1000, 12.3456789, 10, 20.5, 0.1 + 0.2, 1234567.0000004, 1e12),
            new SummaryRow("failovers", "eu-west-1", "count", 2, null, null, null, null, null, null),
            new SummaryRow("availability", "all", "ratio", 5000, 0.9995, 1, 1, 0.25, 0, 1) { Min = 0, P1 = 0, P10 = 0.5 },
        ],
        Series:
        [
            new TimeSeries("replica_behind_ms", "eu-west-1", [new(1, 0), new(2, 150.25), new(2.5, -0.0000001)]) { Unit = "ms", Value = SeriesValue.Sample },
            new TimeSeries("availability", "us-east-1", [new(1, 1), new(2, 0.5)]) { Unit = "ratio", Value = SeriesValue.Share },
        ],
        Distributions: [new Cdf("write_latency_ms", "us-east-1", [new(10, 0.5), new(20, 1)])],
        Events:
        [
            new RunEvent(30.1234567, "heal", "us-east-1->eu-west-1", "link restored"),
            new RunEvent(10, "fault", "us-east-1->eu-west-1", "partition, one way"),
            new RunEvent(10, "narrative", "all", "primary says \"hi\""),
        ])
    {
        Histograms = [new Histogram("write_latency_ms", "us-east-1", "ms", [new(10.000511, 500), new(20.001023, 500)])],
        IntervalSeconds = 1,
    };

    /// <summary>A second strategy of the same run, for compare.</summary>
    public static RunResult Sync() => Async() with
    {
        Strategy = "sync",
        EventsProcessed = 766,
        Summary = [new SummaryRow("write_latency_ms", "us-east-1", "ms", 900, 80, 75, 90, 120, 150, 151)],
        Series = [new TimeSeries("availability", "us-east-1", [new(1, 1)]) { Unit = "ratio", Value = SeriesValue.Share }],
        Histograms = [],
        Events = [new RunEvent(10, "fault", "us-east-1->eu-west-1", "partition")],
    };

    public static RunInfo Info(bool interrupted = false) =>
        new("0.1.0-test", 1.23456, ["geosim", "run", "quickstart.yaml", "--seed", "42"], interrupted)
        {
            Environment = new RunEnvironment("Linux 6.1.0", "x64", ".NET 10.0.0"),
        };
}
