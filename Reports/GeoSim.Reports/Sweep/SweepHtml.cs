using System.Text;
using GeoSim.Reports.Charts;
using GeoSim.Reports.Html;

namespace GeoSim.Reports.Sweep;

/// <summary>
/// sweep.html: one self-contained page with what was swept (the parameters and their values, the
/// seeds) and every chart inline, styled like report.html.
/// </summary>
public static class SweepHtml
{
    public const string FileName = "sweep.html";

    /// <param name="facts">Name and value pairs shown under the title, in order.</param>
    public static void Write(string outDir, string title, IReadOnlyList<(string Name, string Value)> facts, IReadOnlyList<RenderedChart> charts)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            .Append("<title>GeoSim sweep: ").Append(HtmlText.Encode(title)).Append("</title>\n")
            .Append("<style>\n").Append(ReportCss.Text).Append("\n</style>\n</head>\n<body>\n")
            .Append("<header>\n<h1>").Append(HtmlText.Encode(title)).Append("</h1>\n<dl class=\"facts\">\n");
        foreach (var (name, value) in facts)
        {
            html.Append("<dt>").Append(HtmlText.Encode(name)).Append("</dt><dd>").Append(HtmlText.Encode(value)).Append("</dd>\n");
        }
        html.Append("</dl>\n<p>Each point is the mean over the seeds; the band is its 95 % confidence interval (Student t). ")
            .Append("The numbers are in sweep.csv, every run's in runs.csv.</p>\n</header>\n<section id=\"charts\">\n<h2>Charts</h2>\n");
        if (charts.Count == 0)
        {
            html.Append("<p>No charts: no parameter takes more than one value.</p>\n");
        }
        HtmlReport.AppendCharts(html, charts);
        html.Append("</section>\n</body>\n</html>\n");
        File.WriteAllText(Path.Combine(outDir, FileName), html.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
