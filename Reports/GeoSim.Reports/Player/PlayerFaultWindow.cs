using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Player;

/// <summary>A fault from its start to its end (the end of the run if it never ended), for the player's timeline.</summary>
internal sealed record PlayerFaultWindow(double StartSeconds, double EndSeconds, string Scope, string Detail)
{
    /// <summary>Each <c>fault-start</c> paired with the next <c>fault-end</c> of the same scope and type, in start order.</summary>
    public static IReadOnlyList<PlayerFaultWindow> Of(RunResult result)
    {
        var windows = new List<PlayerFaultWindow>();
        var open = new List<(int Index, string Key)>();
        foreach (var e in StateChange.InTimeOrder(result))
        {
            if (FaultEvent.From(e) is not { } fault)
            {
                continue;
            }
            var key = $"{e.Scope} {fault.Type}";
            if (fault.Start)
            {
                open.Add((windows.Count, key));
                windows.Add(new PlayerFaultWindow(e.TimeSeconds, result.SimulatedSeconds, e.Scope, e.Detail));
                continue;
            }
            var match = open.FindIndex(o => o.Key == key);
            if (match >= 0)
            {
                windows[open[match].Index] = windows[open[match].Index] with { EndSeconds = e.TimeSeconds };
                open.RemoveAt(match);
            }
        }
        return windows;
    }
}
