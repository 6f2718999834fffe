using GeoSim.Core.Metrics;
using GeoSim.Reports.Charts;

namespace GeoSim.Reports.Tests;

public sealed class ChartTimelineTests
{
    [Test]
    public void Starts_and_ends_pair_by_scope_and_type_in_order()
    {
        var result = SampleResults.Async() with
        {
            SimulatedSeconds = 100,
            Events =
            [
                new RunEvent(0, "narrative", "", "short caption"),
                new RunEvent(10, "fault-start", "a<->b", "partition for 10s"),
                new RunEvent(12, "fault-start", "a<->b", "slow-link for 30s"),
                new RunEvent(20, "fault-end", "a<->b", "partition"),
                new RunEvent(30, "fault-start", "a<->b", "partition for 5s"),
                new RunEvent(35, "fault-end", "a<->b", "partition"),
                new RunEvent(40, "fault-start", "c", "outage"),
                new RunEvent(42, "fault-end", "a<->b", "slow-link"),
                new RunEvent(50, "clock-jump", "c/1", "clock-jump by 2s"),
            ],
        };

        var timeline = ChartTimeline.From(result);

        Assert.That(timeline.Windows, Is.EqualTo(new[]
        {
            new FaultWindow(10, 20, "partition a<->b"),
            new FaultWindow(12, 42, "slow-link a<->b"),
            new FaultWindow(30, 35, "partition a<->b"),
            new FaultWindow(40, 100, "outage c"),
        }));
        Assert.That(timeline.Markers, Is.EqualTo(new[] { new EventMarker(0, "short caption"), new EventMarker(50, "clock jump c/1") }));
    }

    [Test]
    public void Long_captions_are_cut_at_a_word()
    {
        var result = SampleResults.Async() with { Events = [new RunEvent(5, "narrative", "", "Fibre cut between the US East hub and the primary data center.")] };

        Assert.That(ChartTimeline.From(result).Markers.Single().Label, Is.EqualTo("Fibre cut between the US…"));
    }
}
