using GeoSim.Core.Run;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Tests;

public class ProgressTests
{
    [Test]
    public void Progress_rises_in_simulated_seconds_and_leaves_the_result_unchanged()
    {
        var scenario = TestScenarios.TwoRegions(readFrom: ReadFrom.Local, rate: 2000, durationS: 120);
        var reports = new Recorder();

        var watched = new Simulation(scenario, scenario.Strategies[0]).Run(progress: reports);
        var plain = TestScenarios.Run(scenario);

        Assert.Multiple(() =>
        {
            Assert.That(reports.Seconds, Has.Count.GreaterThan(2));
            Assert.That(reports.Seconds, Is.Ordered.Ascending);
            Assert.That(reports.Seconds[^1], Is.LessThanOrEqualTo(120));
            Assert.That(Text(watched), Is.EqualTo(Text(plain)));
        });
    }

    [Test]
    public void An_event_bound_smaller_than_a_slice_still_stops_the_run()
    {
        var scenario = TestScenarios.TwoRegions(rate: 2000, durationS: 120);

        var result = new Simulation(scenario, scenario.Strategies[0]).Run(maxEvents: 1000, progress: new Recorder());

        Assert.Multiple(() =>
        {
            Assert.That(result.Completed, Is.False);
            Assert.That(result.EventsProcessed, Is.EqualTo(1000));
        });
    }

    private static string Text(RunResult result) =>
        string.Join("\n", result.Summary.Select(r => r.ToString())) + result.EventsProcessed;

    // Synchronous on purpose: Progress<T> would post to a thread pool and race the assertions.
    private sealed class Recorder : IProgress<double>
    {
        public List<double> Seconds { get; } = [];

        public void Report(double value) => Seconds.Add(value);
    }
}
