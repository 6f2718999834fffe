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
            new FaultWindow(10, 20, "partition", "a<->b"),
            new FaultWindow(12, 42, "slow-link", "a<->b"),
            new FaultWindow(30, 35, "partition", "a<->b"),
            new FaultWindow(40, 100, "outage", "c"),
        }));
        Assert.That(timeline.Markers, Is.EqualTo(new[] { new EventMarker(0, "narrative", "short caption"), new EventMarker(50, "clock-jump", "clock jump c/1") }));
    }

    [Test]
    public void Long_captions_are_cut_at_a_word()
    {
        var result = SampleResults.Async() with { Events = [new RunEvent(5, "narrative", "", "Fibre cut between the US East hub and the primary data center.")] };

        Assert.That(ChartTimeline.From(result).Markers.Single().Label, Is.EqualTo("Fibre cut between the US East hub…"));
    }

    [Test]
    public void Every_change_of_role_or_mode_is_marked_with_its_own_kind_and_setup_rows_are_not()
    {
        string[] kinds = ["promotion", "elected", "fenced", "unfenced", "demotion", "step-down", "rejoin", "reparent",
            "semi-sync-fallback", "semi-sync-restored", "split-brain"];
        var result = SampleResults.Async() with
        {
            Events = [new RunEvent(0, "primary", "a", "a/0 is primary"), .. kinds.Select((k, i) => new RunEvent(i + 1, k, "a", "detail"))],
        };

        var markers = ChartTimeline.From(result).Markers;

        Assert.Multiple(() =>
        {
            Assert.That(markers.Select(m => m.Kind), Is.EqualTo(kinds));
            Assert.That(markers[0].Label, Is.EqualTo("promoted a"));
            Assert.That(markers.Select(m => MarkerKinds.ColorOf(m.Kind)).Distinct().Count(), Is.GreaterThanOrEqualTo(5));
        });
    }

    [Test]
    public void Random_faults_are_shaded_as_the_kind_they_draw_and_kinds_differ_in_colour()
    {
        var result = SampleResults.Async() with
        {
            Events =
            [
                new RunEvent(1, "fault-start", "a<->b", "random-partitions for 2s"),
                new RunEvent(3, "fault-end", "a<->b", "random-partitions"),
                new RunEvent(4, "fault-start", "c/0", "random-outages for 1s"),
                new RunEvent(5, "fault-end", "c/0", "random-outages"),
            ],
        };

        var windows = ChartTimeline.From(result).Windows;

        Assert.Multiple(() =>
        {
            Assert.That(windows.Select(w => w.Label), Is.EqualTo(new[] { "partition a<->b", "outage c/0" }));
            string[] all = ["partition", "isolate", "outage", "slow-link", "lossy-link"];
            Assert.That(all.Select(FaultKinds.ColorOf).Distinct().Count(), Is.EqualTo(all.Length));
        });
    }
}
