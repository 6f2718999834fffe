using System.Text;
using GeoSim.Core.Metrics;
using GeoSim.Reports.Charts;

namespace GeoSim.Reports.Html;

/// <summary>
/// report.html: one self-contained page (style and charts inline, nothing fetched) that leads with
/// the answer (each strategy's headline cards), then what happened when, the charts, and every
/// metric in a collapsible table named as in summary.csv. Written as well-formed XML
/// syntax so that tools other than browsers can read it too.
/// </summary>
public static class HtmlReport
{
    public const string FileName = "report.html";

    public static void Write(string outDir, ReportHeader header, IReadOnlyList<RunResult> results, IReadOnlyList<RenderedChart> charts)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            // The browser itself refuses any request: the page needs none (its styles and charts are inline).
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n")
            .Append("<title>GeoSim: ").Append(HtmlText.Encode(header.ScenarioName)).Append("</title>\n")
            .Append("<style>\n").Append(ReportCss.Text).Append("\n</style>\n</head>\n<body>\n");
        AppendHeader(html, header, results);
        html.Append("<section id=\"headline\">\n<h2>The answer</h2>\n");
        HeadlineCards.Append(html, results);
        html.Append("</section>\n<section id=\"timeline\">\n<h2>What happened</h2>\n");
        TimelineTable.Append(html, results);
        html.Append("</section>\n<section id=\"charts\">\n<h2>Charts</h2>\n");
        AppendCharts(html, charts);
        html.Append("</section>\n<section id=\"summary\">\n<h2>Every metric</h2>\n");
        SummaryTable.Append(html, results);
        html.Append("</section>\n</body>\n</html>\n");
        File.WriteAllText(Path.Combine(outDir, FileName), html.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static void AppendHeader(StringBuilder html, ReportHeader header, IReadOnlyList<RunResult> results)
    {
        html.Append("<header>\n<h1>").Append(HtmlText.Encode(header.ScenarioName)).Append("</h1>\n");
        if (header.Description.Length > 0)
        {
            html.Append("<p>").Append(HtmlText.Encode(header.Description)).Append("</p>\n");
        }
        var partial = results.Where(r => !r.Completed).Select(r => r.Strategy).ToList();
        html.Append("<dl class=\"facts\">\n");
        Fact(html, "seed", header.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Fact(html, "fingerprint", header.Fingerprint);
        Fact(html, "duration", header.Duration);
        Fact(html, "strategies", string.Join(", ", results.Select(r => r.Strategy)));
        Fact(html, "GeoSim", header.Version);
        var machine = RunEnvironment.Current;
        Fact(html, "environment", $"{machine.Os}, {machine.Architecture}, {machine.DotnetRuntime}");
        if (partial.Count > 0)
        {
            Fact(html, "partial", $"stopped early: {string.Join(", ", partial)}");
        }
        html.Append("</dl>\n<nav><a href=\"#headline\">The answer</a><a href=\"#timeline\">What happened</a><a href=\"#charts\">Charts</a><a href=\"#summary\">Every metric</a><a href=\"player.html\">Teaching player</a></nav>\n</header>\n");
    }

    private static void Fact(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(name).Append("</dt><dd>").Append(HtmlText.Encode(value)).Append("</dd>\n");

    internal static void AppendCharts(StringBuilder html, IReadOnlyList<RenderedChart> charts)
    {
        foreach (var chart in charts)
        {
            var name = HtmlText.Encode(chart.Name);
            html.Append("<figure id=\"chart-").Append(name).Append("\">\n")
                .Append(InlineSvg.Prepare(chart.Svg, ChartWriter.Width, ChartWriter.Height))
                .Append("\n<figcaption>").Append(HtmlText.Encode(chart.Title))
                .Append(" (<a href=\"charts/").Append(name).Append(".png\">PNG</a>, <a href=\"charts/")
                .Append(name).Append(".svg\">SVG</a>)</figcaption>\n</figure>\n");
        }
    }
}
