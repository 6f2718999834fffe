using System.Xml.Linq;
using GeoSim.Core.Metrics;
using GeoSim.Reports.Charts;

namespace GeoSim.Reports.Tests;

public sealed class ChartSetTests : ScratchFolderTest
{
    private static readonly string[] RunCharts = ["lag", "latency-cdf", "staleness-cdf", "availability", "conflicts", "cross-region-bytes", "throughput", "latency-quantiles"];

    [Test]
    public void A_run_writes_every_chart_as_a_1200x700_png_and_an_svg()
    {
        var charts = ChartSet.WriteRun(_scratch.Path, SimulatedRuns.Quickstart);

        Assert.That(charts.Select(c => c.Name), Is.EqualTo(RunCharts));
        Assert.Multiple(() =>
        {
            foreach (var name in RunCharts)
            {
                Assert.That(PngFile.Size(ChartFile(name, "png")), Is.EqualTo((1200, 700)), name);
                var svg = XDocument.Load(ChartFile(name, "svg"));
                Assert.That(svg.Root!.Name.LocalName, Is.EqualTo("svg"), name);
            }
        });
    }

    [Test]
    public void Titles_and_labels_are_drawn_with_the_shipped_font()
    {
        var charts = ChartSet.WriteRun(_scratch.Path, SimulatedRuns.Quickstart);

        var lag = charts.Single(c => c.Name == "lag");
        Assert.Multiple(() =>
        {
            Assert.That(lag.Svg, Does.Contain("Replica lag per region: primary-replica"));
            Assert.That(lag.Svg, Does.Contain("font-family=\"DejaVu Sans\""));
            // The title band of the PNG holds ink: text was rasterised, not dropped for want of a font.
            Assert.That(PngFile.DarkPixels(ChartFile("lag", "png"), 300, 0, 600, 40), Is.GreaterThan(300));
        });
    }

    [Test]
    public void Missing_conflict_metrics_are_said_in_words_not_drawn_as_zeros()
    {
        var charts = ChartSet.WriteRun(_scratch.Path, SimulatedRuns.Quickstart);

        Assert.That(charts.Single(c => c.Name == "conflicts").Svg, Does.Contain("no conflicts or lost updates recorded"));
    }

    [Test]
    public void Fault_windows_and_captions_are_labelled_on_time_charts()
    {
        var charts = ChartSet.WriteRun(_scratch.Path, SimulatedRuns.Faulty);

        var lag = charts.Single(c => c.Name == "lag-reads-at-primary").Svg;
        Assert.Multiple(() =>
        {
            // One lane per target, named at the left; the kind in the legend.
            Assert.That(lag, Does.Contain("us-east-1&lt;-&gt;eu-west-1"));
            Assert.That(lag, Does.Contain("us-east-1-&gt;eu-west-1"));
            Assert.That(lag, Does.Contain("partition"));
            Assert.That(lag, Does.Contain("The transatlantic fibre"));
            Assert.That(lag, Does.Contain("clock jump eu-west-1"));
        });
    }

    [Test]
    public void Several_strategies_get_one_set_each_under_file_safe_names()
    {
        var charts = ChartSet.WriteRun(_scratch.Path, SimulatedRuns.Faulty);

        Assert.That(charts.Select(c => c.Name),
            Is.EqualTo(RunCharts.Select(c => $"{c}-reads-at-primary").Concat(RunCharts.Select(c => $"{c}-reads_local_any"))));
        Assert.That(File.Exists(ChartFile("lag-reads_local_any", "png")), Is.True);
    }

    [Test]
    public void Compare_overlays_strategies_in_three_charts()
    {
        var charts = ChartSet.WriteCompare(_scratch.Path, SimulatedRuns.Faulty);

        Assert.That(charts.Select(c => c.Name), Is.EqualTo(new[] { "compare-lag", "compare-latency-cdf", "compare-availability" }));
        Assert.Multiple(() =>
        {
            foreach (var chart in charts)
            {
                Assert.That(PngFile.Size(ChartFile(chart.Name, "png")), Is.EqualTo((1200, 700)), chart.Name);
                Assert.That(chart.Svg, Does.Contain("reads-at-primary").And.Contain("reads local/any"), chart.Name);
            }
        });
    }

    [Test]
    public void A_result_with_nothing_measured_still_gives_every_chart()
    {
        var empty = SimulatedRuns.Quickstart[0] with { Summary = [], Series = [], Distributions = [], Events = [] };

        var charts = ChartSet.WriteRun(_scratch.Path, [empty]);

        Assert.Multiple(() =>
        {
            Assert.That(charts.Select(c => c.Name), Is.EqualTo(RunCharts));
            Assert.That(charts.Single(c => c.Name == "cross-region-bytes").Svg, Does.Contain("no traffic between regions"));
            Assert.That(PngFile.Size(ChartFile("latency-cdf", "png")), Is.EqualTo((1200, 700)));
        });
    }

    [Test]
    public void The_same_results_give_the_same_files()
    {
        var first = ChartSet.WriteRun(_scratch.Path, SimulatedRuns.Quickstart).Select(c => c.Svg).ToList();
        var firstPng = File.ReadAllBytes(ChartFile("lag", "png"));
        var again = ChartSet.WriteRun(_scratch.Path, SimulatedRuns.Quickstart).Select(c => c.Svg).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(File.ReadAllBytes(ChartFile("lag", "png")), Is.EqualTo(firstPng));
        });
    }

    private string ChartFile(string name, string extension) => Path.Combine(_scratch.Path, "charts", $"{name}.{extension}");
}
