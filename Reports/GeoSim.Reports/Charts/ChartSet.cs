using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Charts;

/// <summary>Writes the charts of an output folder (PNG and SVG, 1200×700) and returns them for the HTML report.</summary>
public static class ChartSet
{
    /// <summary>
    /// The charts of <c>geosim run</c>: lag, latency-cdf, staleness-cdf, availability, conflicts and
    /// cross-region-bytes, and t-visibility when a strategy ran probe reads. With several strategies, each strategy gets its own set, named
    /// "lag-LABEL" and so on.
    /// </summary>
    public static IReadOnlyList<RenderedChart> WriteRun(string outDir, IReadOnlyList<RunResult> results)
    {
        var regions = new RegionOrder(results);
        var suffixes = results.Count == 1 ? [""] : FileSlug.Of(results.Select(r => r.Strategy).ToList());
        return ChartWriter.Save(outDir, [.. results.SelectMany((r, i) => RunCharts.Build(r, regions, suffixes[i])), .. Visibility(results)]);
    }

    /// <summary>The charts of <c>geosim compare</c>: compare-lag, compare-latency-cdf, compare-availability.</summary>
    public static IReadOnlyList<RenderedChart> WriteCompare(string outDir, IReadOnlyList<RunResult> results) =>
        ChartWriter.Save(outDir, [.. CompareCharts.Build(results), .. Visibility(results)]);

    /// <summary>The t-visibility chart, one line per strategy that ran probe reads; none when no strategy did.</summary>
    private static IEnumerable<Figure> Visibility(IReadOnlyList<RunResult> results) =>
        TVisibilityChart.Build(results) is { } chart ? [chart] : [];
}
