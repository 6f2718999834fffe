using System.Text;
using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Html;

/// <summary>
/// The events of the run in time order: faults, heals, clock jumps, narrative captions. Strategies
/// of one run share the fault timeline, so it is shown once unless their events differ.
/// </summary>
internal static class TimelineTable
{
    public static void Append(StringBuilder html, IReadOnlyList<RunResult> results)
    {
        var shared = results.All(r => r.Events.SequenceEqual(results[0].Events));
        foreach (var result in shared ? results.Take(1) : results)
        {
            if (!shared)
            {
                html.Append("<h3>").Append(HtmlText.Encode(result.Strategy)).Append("</h3>\n");
            }
            AppendEvents(html, result.Events);
        }
    }

    private static void AppendEvents(StringBuilder html, IReadOnlyList<RunEvent> events)
    {
        if (events.Count == 0)
        {
            html.Append("<p>No faults and no captions: the run went undisturbed.</p>\n");
            return;
        }
        html.Append("<table class=\"events\">\n<thead><tr><th>time (s)</th><th>event</th><th>scope</th><th>detail</th></tr></thead>\n<tbody>\n");
        // Stable: events at one time keep the order in which they happened.
        foreach (var e in events.OrderBy(e => e.TimeSeconds))
        {
            html.Append(e.Kind == "narrative" ? "<tr class=\"narrative\">" : "<tr>")
                .Append("<td class=\"num\">").Append(HtmlText.Number(e.TimeSeconds, "0.000"))
                .Append("</td><td>").Append(HtmlText.Encode(e.Kind))
                .Append("</td><td>").Append(HtmlText.Encode(e.Scope))
                .Append("</td><td>").Append(HtmlText.Encode(e.Detail))
                .Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }
}
