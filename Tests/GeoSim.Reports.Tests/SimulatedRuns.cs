using GeoSim.Core.Run;
using GeoSim.Core;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Reports.Html;
using GeoSim.Scenario;

namespace GeoSim.Reports.Tests;

/// <summary>Results of short real simulations, run once per test session, for the chart and report tests.</summary>
internal static class SimulatedRuns
{
    /// <summary>Two strategies; the faults and the caption are added in code (the loader does not read them yet).</summary>
    private const string FaultyYaml = """
        name: faulty
        description: Two regions, a partition and a caption, for report tests.
        seed: 3
        duration: 30s
        regions:
          - name: us-east-1
          - name: eu-west-1
        network:
          preset: aws
        workload:
          keys: 500
          value-size: 1KB
          clients:
            - region: all
              rate: 200/s
              read-fraction: 0.8
              timeout: 1s
        strategies:
          - label: reads-at-primary
            type: primary-replica
            primary: us-east-1
            read-from: primary
          - label: reads local/any
            type: primary-replica
            primary: us-east-1
            read-from: local
        """;

    private static readonly Lazy<IReadOnlyList<RunResult>> QuickstartRun = new(() =>
    {
        var spec = Load(File.ReadAllText(Path.Combine(RepoRoot(), "Scenarios", "quickstart.yaml")), "quickstart.yaml");
        spec = spec with { Duration = SimDuration.FromSeconds(20) };
        return [new Simulation(spec, spec.Strategies[0]).Run()];
    });

    private static readonly Lazy<IReadOnlyList<RunResult>> FaultyRuns = new(() =>
    {
        var loaded = Load(FaultyYaml, "faulty.yaml");
        var (us, eu) = (Region(loaded, "us-east-1"), Region(loaded, "eu-west-1"));
        var spec = loaded with
        {
            Faults =
            [
                new PartitionFault(Seconds(8), Seconds(6), us, eu, OneWay: false),
                new PartitionFault(Seconds(20), Seconds(3), us, eu, OneWay: true),
                new ClockJumpFault(Seconds(25), eu, null, Seconds(2)),
            ],
            Narrative = [new NarrativeSpec(Seconds(8), "The transatlantic fibre is cut; replicas in Europe stop hearing from the primary.")],
        };
        return spec.Strategies.Select(s => new Simulation(spec, s).Run()).ToList();
    });

    public static IReadOnlyList<RunResult> Quickstart => QuickstartRun.Value;

    public static IReadOnlyList<RunResult> Faulty => FaultyRuns.Value;

    public static ReportHeader Header(RunResult result) =>
        new(result.ScenarioName, "A <test> & its description.", result.Seed, result.Fingerprint, "30s", "0.1.0-test");

    private static SimDuration Seconds(double s) => SimDuration.FromSeconds(s);

    private static RegionId Region(ScenarioSpec spec, string name) => new(spec.Regions.Select(r => r.Name).ToList().IndexOf(name));

    private static ScenarioSpec Load(string yaml, string fileName)
    {
        var loaded = ScenarioLoader.Load(yaml, fileName);
        Assert.That(loaded.Errors, Is.Empty);
        return loaded.Scenario!;
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GeoSim.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("GeoSim.sln not found above the test directory");
    }
}
