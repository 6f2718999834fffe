using System.Text;
using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Html;

/// <summary>The summary rows of each strategy as an HTML table; ratios shown in percent.</summary>
internal static class SummaryTable
{
    private static readonly string[] Headings = ["metric", "scope", "unit", "count", "mean", "min", "p1", "p10", "p50", "p90", "p99", "p99.9", "max"];

    public static void Append(StringBuilder html, IReadOnlyList<RunResult> results)
    {
        foreach (var result in results)
        {
            html.Append("<h3>").Append(HtmlText.Encode(result.Strategy)).Append("</h3>\n");
            if (result.Summary.Count == 0)
            {
                html.Append("<p>No metric was measured.</p>\n");
                continue;
            }
            html.Append("<table class=\"numbers\">\n<thead><tr>");
            foreach (var heading in Headings)
            {
                html.Append("<th>").Append(heading).Append("</th>");
            }
            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in result.Summary)
            {
                AppendRow(html, row);
            }
            html.Append("</tbody>\n</table>\n");
        }
    }

    private static void AppendRow(StringBuilder html, SummaryRow row)
    {
        var ratio = row.Unit == "ratio";
        var scale = ratio ? 100 : 1;
        html.Append("<tr><td>").Append(HtmlText.Encode(row.Metric))
            .Append("</td><td>").Append(HtmlText.Encode(row.Scope))
            .Append("</td><td>").Append(ratio ? "%" : HtmlText.Encode(row.Unit))
            .Append("</td><td>").Append(HtmlText.Number(row.Count, "#,0"));
        foreach (var value in new[] { row.Mean, row.Min, row.P1, row.P10, row.P50, row.P90, row.P99, row.P999, row.Max })
        {
            html.Append("</td><td>").Append(HtmlText.Number(value * scale, "0.000"));
        }
        html.Append("</td></tr>\n");
    }
}
