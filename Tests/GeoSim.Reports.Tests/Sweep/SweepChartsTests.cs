using GeoSim.Reports.Sweep;

namespace GeoSim.Reports.Tests.Sweep;

/// <summary>Sweep charts: the run charts' size and font, a line per series with its legend, the parameter's values as ticks, a band where there is an interval.</summary>
public sealed class SweepChartsTests
{
    private static SweepChart Chart(params SweepChartSeries[] series) =>
        new("write_latency_ms.p99-vs-rate", "write_latency_ms.p99 against rate", "rate", "ms", ["100/s", "400/s", "1600/s"], series);

    [Test]
    public void A_chart_is_saved_as_png_and_svg_with_its_series_and_ticks()
    {
        using var scratch = new ScratchFolder();
        var chart = Chart(
            new SweepChartSeries("strategy=async", [new SweepPoint(5, 4, 6), new SweepPoint(6, 5, 7), new SweepPoint(9, 8, 10)]),
            new SweepChartSeries("strategy=sync", [new SweepPoint(220, 210, 230), null, new SweepPoint(240, null, null)]));

        var rendered = SweepCharts.Save(scratch.Path, [chart]);

        var png = Path.Combine(scratch.Path, "charts", "write_latency_ms.p99-vs-rate.png");
        Assert.Multiple(() =>
        {
            Assert.That(PngFile.Size(png), Is.EqualTo((1200, 700)));
            Assert.That(rendered.Single().Svg, Does.Contain("strategy=async").And.Contain("strategy=sync"));
            Assert.That(rendered.Single().Svg, Does.Contain("1600/s").And.Contain("400/s"));
            Assert.That(File.ReadAllText(Path.ChangeExtension(png, ".svg")), Is.EqualTo(rendered.Single().Svg));
        });
    }

    [Test]
    public void The_interval_band_is_drawn_only_where_there_is_one()
    {
        using var scratch = new ScratchFolder();
        var banded = SweepCharts.Save(Path.Combine(scratch.Path, "a"), [Chart(new SweepChartSeries("", [new SweepPoint(5, 0, 10), new SweepPoint(5, 0, 10), new SweepPoint(5, 0, 10)]))]);
        var bare = SweepCharts.Save(Path.Combine(scratch.Path, "b"), [Chart(new SweepChartSeries("", [new SweepPoint(5, null, null), new SweepPoint(5, null, null), new SweepPoint(5, null, null)]))]);

        // The band is the one translucent fill (alpha 0.18 = 45/255) of its line's colour.
        Assert.That((Bands(banded.Single().Svg), Bands(bare.Single().Svg)), Is.EqualTo((1, 0)));
    }

    [Test]
    public void A_chart_without_any_value_says_so()
    {
        using var scratch = new ScratchFolder();

        var rendered = SweepCharts.Save(scratch.Path, [Chart(new SweepChartSeries("x", [null, null, null]))]);

        Assert.That(rendered.Single().Svg, Does.Contain("no values"));
    }

    private static int Bands(string svg) => System.Text.RegularExpressions.Regex.Count(svg, "fill-opacity=\"0\\.176");
}
