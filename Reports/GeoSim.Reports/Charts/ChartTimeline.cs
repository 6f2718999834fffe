using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Charts;

/// <summary>What a time chart marks besides its lines: fault windows and instant events.</summary>
internal sealed record ChartTimeline(IReadOnlyList<FaultWindow> Windows, IReadOnlyList<EventMarker> Markers)
{
    public bool IsEmpty => Windows.Count == 0 && Markers.Count == 0;

    /// <summary>
    /// Pairs each fault-end with the earliest open fault-start of the same scope and type (two
    /// faults can overlap on one scope, e.g. a slow link during a partition); a fault still open
    /// when the run ended lasts to the end.
    /// </summary>
    public static ChartTimeline From(RunResult result)
    {
        var open = new List<(RunEvent Start, string Type)>();
        var windows = new List<FaultWindow>();
        var markers = new List<EventMarker>();
        foreach (var e in result.Events)
        {
            switch (e.Kind)
            {
                case "fault-start":
                    open.Add((e, FaultType(e.Detail)));
                    break;
                case "fault-end":
                    var match = open.FindIndex(o => o.Start.Scope == e.Scope && o.Type == FaultType(e.Detail));
                    if (match >= 0)
                    {
                        windows.Add(Window(open[match], e.TimeSeconds));
                        open.RemoveAt(match);
                    }
                    break;
                // Setup rows (the primary, the voters, …) sit at time 0 and describe, not happen.
                case var kind when MarkerKinds.IsMarked(kind) && (e.TimeSeconds > 0 || kind == "narrative"):
                    markers.Add(MarkerKinds.From(e));
                    break;
            }
        }
        windows.AddRange(open.Select(o => Window(o, result.SimulatedSeconds)));
        return new ChartTimeline(
            windows.OrderBy(w => w.StartSeconds).ToList(),
            markers.OrderBy(m => m.TimeSeconds).ToList());
    }

    private static FaultWindow Window((RunEvent Start, string Type) open, double end) =>
        new(open.Start.TimeSeconds, end, FaultKinds.Normalize(open.Type), open.Start.Scope);

    // A start's detail is "partition for 43s", an end's just "partition".
    private static string FaultType(string detail)
    {
        var cut = detail.IndexOf(" for ", StringComparison.Ordinal);
        return cut < 0 ? detail : detail[..cut];
    }
}
