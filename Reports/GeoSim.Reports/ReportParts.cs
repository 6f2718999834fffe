using GeoSim.Core.Metrics;
using GeoSim.Reports.Charts;
using GeoSim.Reports.Html;
using GeoSim.Reports.Player;

namespace GeoSim.Reports;

/// <summary>
/// The charts and report.html as extra parts of <see cref="OutputFolder.Write"/>, so they land in
/// the output folder in the same atomic move as the CSV files; player.html, the teaching player, with them.
/// </summary>
public static class ReportParts
{
    /// <summary>For <c>geosim run</c>: the per-region charts of each strategy and the report.</summary>
    public static Action<string> ForRun(ReportHeader header, IReadOnlyList<RunResult> results) =>
        dir =>
        {
            HtmlReport.Write(dir, header, results, ChartSet.WriteRun(dir, results));
            PlayerPage.Write(dir, header, results);
        };

    /// <summary>For <c>geosim replay</c>: as <see cref="ForRun"/>, and the player says what the replay said of each result.</summary>
    public static Action<string> ForReplay(ReportHeader header, IReadOnlyList<RunResult> results, Func<RunResult, IReadOnlyList<PlayerLine>> said) =>
        dir =>
        {
            HtmlReport.Write(dir, header, results, ChartSet.WriteRun(dir, results));
            PlayerPage.Write(dir, header, results, said);
        };

    /// <summary>For <c>geosim compare</c>: the charts with one line per strategy and the report.</summary>
    public static Action<string> ForCompare(ReportHeader header, IReadOnlyList<RunResult> results) =>
        dir =>
        {
            HtmlReport.Write(dir, header, results, ChartSet.WriteCompare(dir, results));
            PlayerPage.Write(dir, header, results);
        };
}
