using System.Text;
using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Html;

/// <summary>
/// Every summary row of each strategy, collapsed under the headline: the columns and metric names
/// of summary.csv (and the low tail of summary-low-tail.csv), ratios 0–1 as there, numbers
/// grouped and bytes in MB or GB so they read at a glance.
/// </summary>
internal static class SummaryTable
{
    private static readonly string[] Headings = ["metric", "scope", "unit", "count", "mean", "p50", "p90", "p99", "p999", "max", "min", "p1", "p10"];

    public static void Append(StringBuilder html, IReadOnlyList<RunResult> results)
    {
        foreach (var result in results)
        {
            html.Append("<details>\n<summary><h3>").Append(HtmlText.Encode(result.Strategy))
                .Append("</h3> <span class=\"rows\">").Append(result.Summary.Count).Append(" rows</span></summary>\n");
            if (result.Summary.Count == 0)
            {
                html.Append("<p>No metric was measured.</p>\n</details>\n");
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
            html.Append("</tbody>\n</table>\n</details>\n");
        }
    }

    private static void AppendRow(StringBuilder html, SummaryRow row)
    {
        html.Append("<tr><td>").Append(HtmlText.Encode(row.Metric))
            .Append("</td><td>").Append(HtmlText.Encode(row.Scope))
            .Append("</td><td>").Append(HtmlText.Encode(row.Unit))
            .Append("</td><td>").Append(row.Unit == "bytes" ? ReadableNumber.Bytes(row.Count) : ReadableNumber.Count(row.Count));
        foreach (var value in new[] { row.Mean, row.P50, row.P90, row.P99, row.P999, row.Max, row.Min, row.P1, row.P10 })
        {
            html.Append("</td><td>").Append(Value(value, row.Unit));
        }
        html.Append("</td></tr>\n");
    }

    private static string Value(double? value, string unit) => value switch
    {
        null => "",
        { } v when unit == "ratio" => HtmlText.Number(v, "0.0000"),
        { } v when unit == "bytes" => ReadableNumber.Bytes(v),
        { } v => HtmlText.Number(v, Math.Abs(v) >= 100 ? "#,0.0" : "#,0.000"),
    };
}
