using GeoSim.Core.Metrics;
using GeoSim.Reports.Charts;
using ScottPlot;
using ScottPlot.Plottables;

namespace GeoSim.Reports.Tests;

/// <summary>
/// What each chart draws, read from its plots (axis ranges, units, which lines are in which
/// panel), one test per defect a reader would notice.
/// </summary>
public sealed class ChartModelTests
{
    private static readonly string[] Regions = ["us-east-1", "us-west-2", "eu-west-1"];

    [Test]
    public void Lag_of_minutes_reads_in_seconds_or_minutes_never_as_five_digit_milliseconds()
    {
        var result = Run(series: Regions.Select((r, i) => Series(MetricNames.ReplicaBehind, r, t => i == 0 ? t * 1000 : 0)).ToList());

        var lag = Figure(result, "lag");

        var data = DataPanels(lag);
        Assert.Multiple(() =>
        {
            Assert.That(data.Select(p => p.Axes.Left.Label.Text), Is.All.EqualTo("s"));
            Assert.That(data.Select(Legend), Is.EqualTo(new[] { "us-east-1", "us-west-2", "eu-west-1" }));
            // 120 s of lag: the axis ends near 120, in seconds.
            Assert.That(data[0].Axes.GetLimits().Top, Is.InRange(120, 130));
            Assert.That(DurationUnit.For(1_500).Symbol, Is.EqualTo("ms"));
            Assert.That(DurationUnit.For(300_000).Symbol, Is.EqualTo("min"));
        });
    }

    [Test]
    public void Each_region_gets_its_own_panel_so_coinciding_lines_cannot_hide_each_other()
    {
        var result = Run(series: Regions.Select(r => Series(MetricNames.Availability, r, _ => 1)).ToList());

        var availability = Figure(result, "availability");

        var data = DataPanels(availability);
        Assert.Multiple(() =>
        {
            Assert.That(data, Has.Count.EqualTo(3));
            Assert.That(data.Select(p => p.GetPlottables().OfType<Scatter>().Count()), Is.All.EqualTo(1));
            // The same scale in every panel, so regions compare at a glance.
            Assert.That(data.Select(p => p.Axes.GetLimits().Bottom).Distinct().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Compare_lag_gives_each_strategy_its_own_scale_so_a_small_lag_is_not_flattened()
    {
        var big = Run("async", [Series(MetricNames.ReplicaBehind, "eu-west-1", t => t * 200)]);
        var small = Run("cascade", [Series(MetricNames.ReplicaBehind, "eu-west-1", _ => 182)]);

        var lag = Rendered(CompareCharts.Build([big, small]).Single(f => f.Name == "compare-lag"));

        var data = DataPanels(lag);
        Assert.Multiple(() =>
        {
            Assert.That(data.Select(p => (Legend(p), p.Axes.Left.Label.Text)), Is.EqualTo(new[] { ("async", "s"), ("cascade", "s") }));
            // 182 ms fills the cascade panel: its axis ends just above 0.182 s, not at 24 s.
            Assert.That(data[1].Axes.GetLimits().Top, Is.InRange(0.182, 0.2));
        });
    }

    [Test]
    public void Compare_latency_cdf_puts_each_strategy_in_its_own_panel()
    {
        var results = new[] { "a", "b", "c" }.Select(s => Run(s, [], [Cdf(MetricNames.WriteLatency), Cdf(MetricNames.ReadLatency)])).ToList();

        var cdf = CompareCharts.Build(results).Single(f => f.Name == "compare-latency-cdf");

        Assert.That(cdf.Plots.Select(p => p.GetPlottables().OfType<Scatter>().Select(s => s.LegendText)),
            Is.EqualTo(Enumerable.Repeat(new[] { "writes", "reads" }, 3)));
    }

    [Test]
    public void Cdfs_use_a_percentile_axis_so_the_tail_has_room()
    {
        var result = Run(distributions: [Cdf(MetricNames.ReadStaleness) with { Scope = "us-east-1" }]);

        var staleness = Figure(result, "staleness-cdf").Plots.Single();

        var ticks = staleness.Axes.Left.TickGenerator.Ticks.Select(t => (t.Position, t.Label)).ToList();
        var line = staleness.GetPlottables().OfType<Scatter>().Single().Data.GetScatterPoints();
        Assert.Multiple(() =>
        {
            Assert.That(ticks, Is.EqualTo(new[] { (0.0, "0 %"), (1.0, "90 %"), (2.0, "99 %"), (3.0, "99.9 %"), (4.0, "99.99 %") }));
            // p99.9 is drawn three decades up, as high as 99.9 % reads, not in the top pixel.
            Assert.That(line.Any(p => Math.Abs(p.Y - 3) < 1e-9), Is.True);
            Assert.That(staleness.Axes.GetLimits().Top, Is.InRange(4, 4.2));
        });
    }

    [Test]
    public void Promotions_fencing_and_faults_are_marked_with_labels_in_the_strip_above_the_data()
    {
        var result = Run(
            series: [Series(MetricNames.Availability, "us-east-1", _ => 1)],
            events:
            [
                new RunEvent(60, "fault-start", "us-east-1", "isolate for 43s"),
                new RunEvent(69, "fenced", "us-east-1", "x"),
                new RunEvent(70, "promotion", "us-west-2", "x"),
                new RunEvent(103, "fault-end", "us-east-1", "isolate"),
            ]);

        var availability = Figure(result, "availability");

        var strip = availability.Plots.First();
        var texts = strip.GetPlottables().OfType<Text>().Select(t => t.LabelText).ToList();
        var legend = strip.Legend.ManualItems.Select(i => i.LabelText).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(texts, Is.EqualTo(new[] { "fenced us-east-1", "promoted us-west-2" }));
            Assert.That(legend, Is.EqualTo(new[] { "isolate", "promotion", "fenced" }));
            Assert.That(strip.Axes.Left.TickGenerator.Ticks.Select(t => t.Label), Is.EqualTo(new[] { "us-east-1" }));
            // Data panels carry the marker lines but no labels to collide with the data.
            Assert.That(DataPanels(availability).Single().GetPlottables().OfType<Text>(), Is.Empty);
            Assert.That(DataPanels(availability).Single().GetPlottables().OfType<VerticalLine>().Count(), Is.EqualTo(2));
        });
    }

    [Test]
    public void Conflicts_get_a_panel_per_region_with_whole_number_ticks()
    {
        var result = Run(series:
        [
            .. Regions.Select(r => Series(MetricNames.Conflicts, r, t => t % 3)),
            .. Regions.Select(r => Series(MetricNames.LostUpdates, r, t => t % 2)),
        ]);

        var conflicts = Figure(result, "conflicts");

        var data = DataPanels(conflicts);
        Assert.Multiple(() =>
        {
            Assert.That(data, Has.Count.EqualTo(3));
            Assert.That(data.Select(p => p.GetPlottables().OfType<Scatter>().Count()), Is.All.EqualTo(2));
            // The legend names the region, then its two lines.
            Assert.That(data.Select(p => p.Legend.ManualItems.Select(i => i.LabelText)),
                Is.EqualTo(Regions.Select(r => new[] { r, "conflicts", "lost updates" })));
            Assert.That(data.Select(p => ((ScottPlot.TickGenerators.NumericAutomatic)p.Axes.Left.TickGenerator).IntegerTicksOnly), Is.All.True);
        });
    }

    [Test]
    public void An_empty_count_chart_has_no_fractional_ticks()
    {
        var conflicts = Figure(Run(), "conflicts");

        var plot = conflicts.Plots.Single();
        Assert.That(((ScottPlot.TickGenerators.NumericAutomatic)plot.Axes.Left.TickGenerator).IntegerTicksOnly, Is.True);
    }

    [Test]
    public void Traffic_bars_lie_flat_with_their_pair_names_level_at_the_left()
    {
        var result = Run() with
        {
            Summary = [new SummaryRow(MetricNames.CrossRegionBytes, "us-east-1->us-west-2", "bytes", 130_492_320, null, null, null, null, null, null)],
        };

        var plot = Figure(result, "cross-region-bytes").Plots.Single();

        var bars = plot.GetPlottables().OfType<BarPlot>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(bars.Bars.Single().Orientation, Is.EqualTo(Orientation.Horizontal));
            Assert.That(plot.Axes.Left.TickLabelStyle.Rotation, Is.Zero);
            Assert.That(plot.Axes.Left.TickGenerator.Ticks.Select(t => t.Label), Is.EqualTo(new[] { "us-east-1 → us-west-2" }));
            Assert.That(bars.Bars.Single().Label, Is.EqualTo("130.49 MB"));
        });
    }

    private static Figure Figure(RunResult result, string name) =>
        Rendered(RunCharts.Build(result, new RegionOrder([result]), "").Single(f => f.Name == name));

    /// <summary>Draws the figure once, as saving does: tick generators fill their ticks then.</summary>
    private static Figure Rendered(Figure figure)
    {
        foreach (var plot in figure.Plots)
        {
            plot.RenderInMemory(1200, 300);
        }
        return figure;
    }

    private static string Legend(Plot plot) => string.Join(", ", plot.GetPlottables().OfType<Scatter>().Select(s => s.LegendText));

    /// <summary>The panels below the event strip (the strip has no scatter lines).</summary>
    private static List<Plot> DataPanels(Figure figure) =>
        figure.Plots.Where(p => p.GetPlottables().OfType<Scatter>().Any()).ToList();

    private static RunResult Run(string strategy = "async", IReadOnlyList<TimeSeries>? series = null,
        IReadOnlyList<Cdf>? distributions = null, IReadOnlyList<RunEvent>? events = null) =>
        SampleResults.Async() with
        {
            Strategy = strategy,
            SimulatedSeconds = 120,
            Summary = Regions.Select(r => new SummaryRow(MetricNames.Availability, r, "ratio", 1, 1, 1, 1, 1, 1, 1)).ToList(),
            Series = series ?? [],
            Distributions = distributions ?? [],
            Events = events ?? [],
        };

    private static TimeSeries Series(string metric, string scope, Func<double, double> value) =>
        new(metric, scope, Enumerable.Range(1, 120).Select(t => new SeriesPoint(t, value(t))).ToList());

    private static Cdf Cdf(string metric) =>
        new(metric, "all", [new(0, 0.5), new(5, 0.9), new(50, 0.999), new(500, 1)]);
}
