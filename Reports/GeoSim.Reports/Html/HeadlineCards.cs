using System.Text;
using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Html;

/// <summary>The top of report.html: each strategy's headline cards, every strategy of the run.</summary>
internal static class HeadlineCards
{
    public static void Append(StringBuilder html, IReadOnlyList<RunResult> results)
    {
        foreach (var result in results)
        {
            if (results.Count > 1)
            {
                html.Append("<h3>").Append(HtmlText.Encode(result.Strategy)).Append("</h3>\n");
            }
            html.Append("<div class=\"cards\" data-strategy=\"").Append(HtmlText.Encode(result.Strategy)).Append("\">\n");
            foreach (var card in Headline.For(result))
            {
                html.Append("<div class=\"card\" data-metric=\"").Append(card.Metric).Append("\">")
                    .Append("<div class=\"card-title\">").Append(HtmlText.Encode(card.Title)).Append("</div>")
                    .Append("<div class=\"card-value\">").Append(HtmlText.Encode(card.Value)).Append("</div>")
                    .Append("<div class=\"card-line\">").Append(HtmlText.Encode(card.Line)).Append("</div>")
                    .Append("</div>\n");
            }
            html.Append("</div>\n");
        }
    }
}
