using GeoSim.Core.Metrics;
using ScottPlot;

namespace GeoSim.Reports.Charts;

/// <summary>
/// The events.csv kinds a time chart marks, each with a short label and a colour of its own:
/// changes of role (promotion, election, fencing, stepping down), of replication mode (semi-sync
/// fallback and restore, re-parenting), clock jumps, split brain, a data class's migration and
/// cut-over, and the scenario's captions.
/// </summary>
internal static class MarkerKinds
{
    private static readonly (string Kind, string Word, Color Color)[] Known =
    [
        ("promotion", "promoted", Color.FromHex("#2E8B57")),
        ("elected", "leader", Color.FromHex("#2E8B57")),
        ("fenced", "fenced", Color.FromHex("#7B3FA0")),
        ("demotion", "demoted", Color.FromHex("#7B3FA0")),
        ("unfenced", "unfenced", Color.FromHex("#7B3FA0")),
        ("step-down", "stepped down", Color.FromHex("#7B3FA0")),
        ("rejoin", "rejoined", Color.FromHex("#4E79A7")),
        ("reparent", "re-parented", Color.FromHex("#4E79A7")),
        ("semi-sync-fallback", "semi-sync off", Color.FromHex("#D2691E")),
        ("semi-sync-restored", "semi-sync on", Color.FromHex("#D2691E")),
        ("split-brain", "split brain", Color.FromHex("#C0392B")),
        ("clock-jump", "clock jump", Color.FromHex("#1F77B4")),
        ("migration", "migration", Color.FromHex("#8C6D31")),
        ("migration-cut-over", "cut over", Color.FromHex("#8C6D31")),
        ("narrative", "", Color.FromHex("#444444")),
    ];

    private const int CaptionChars = 34;

    public static bool IsMarked(string kind) => Array.Exists(Known, k => k.Kind == kind);

    public static Color ColorOf(string kind) => Known[Array.FindIndex(Known, k => k.Kind == kind)].Color;

    /// <summary>The legend's name for a kind: "promotion", "caption".</summary>
    public static string LegendName(string kind) => kind == "narrative" ? "caption" : kind;

    public static EventMarker From(RunEvent e)
    {
        var word = Known[Array.FindIndex(Known, k => k.Kind == e.Kind)].Word;
        var label = e.Kind == "narrative" ? Shorten(e.Detail) : $"{word} {e.Scope}".TrimEnd();
        return new EventMarker(e.TimeSeconds, e.Kind, label);
    }

    /// <summary>Kinds in the order of <see cref="Known"/>, for legends.</summary>
    public static IEnumerable<string> InOrder(IEnumerable<string> kinds) =>
        kinds.Distinct().OrderBy(k => Array.FindIndex(Known, x => x.Kind == k));

    /// <summary>Captions are sentences; a marker has room for a few words.</summary>
    private static string Shorten(string text)
    {
        if (text.Length <= CaptionChars)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', CaptionChars);
        return text[..(cut > 0 ? cut : CaptionChars)] + "…";
    }
}
