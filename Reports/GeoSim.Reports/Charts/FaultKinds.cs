using ScottPlot;

namespace GeoSim.Reports.Charts;

/// <summary>The kinds of fault window, each with its own colour; random faults show as the kind they draw.</summary>
internal static class FaultKinds
{
    private static readonly (string Kind, Color Color)[] Known =
    [
        ("partition", Color.FromHex("#E15759")),
        ("isolate", Color.FromHex("#8E1B3A")),
        ("outage", Color.FromHex("#6B6B6B")),
        ("slow-link", Color.FromHex("#F1A340")),
        ("lossy-link", Color.FromHex("#B8860B")),
    ];

    private static readonly Color Other = Color.FromHex("#C44E9C");

    /// <summary>"random-partitions" is a partition, "random-outages" an outage.</summary>
    public static string Normalize(string type) => type switch
    {
        "random-partitions" => "partition",
        "random-outages" => "outage",
        _ => type,
    };

    public static Color ColorOf(string kind) =>
        Array.FindIndex(Known, k => k.Kind == kind) is var i and >= 0 ? Known[i].Color : Other;

    /// <summary>Kinds in a fixed order (the order of <see cref="Known"/>, others after by name), for legends.</summary>
    public static IEnumerable<string> InOrder(IEnumerable<string> kinds) =>
        kinds.Distinct().OrderBy(k => Array.FindIndex(Known, x => x.Kind == k) is var i and >= 0 ? i : Known.Length).ThenBy(k => k, StringComparer.Ordinal);
}
