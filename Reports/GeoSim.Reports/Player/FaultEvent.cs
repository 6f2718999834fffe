using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Player;

/// <summary>
/// A <c>fault-start</c> or <c>fault-end</c> row of the run's events, read back into what it acts on:
/// its type (the detail's first word: <c>partition</c>, <c>isolate</c>, <c>outage</c>, ...) and its
/// scope, a region (<c>a</c>), a node (<c>a/0</c>), one direction (<c>a-&gt;b</c>) or both (<c>a&lt;-&gt;b</c>).
/// </summary>
internal sealed record FaultEvent(double TimeSeconds, bool Start, string Type, string Region, int? Node, string? Other, bool OneWay)
{
    public static FaultEvent? From(RunEvent e)
    {
        if (e.Kind is not ("fault-start" or "fault-end"))
        {
            return null;
        }
        var type = e.Detail.Split(' ')[0];
        var start = e.Kind == "fault-start";
        if (Split(e.Scope, "<->") is { } both)
        {
            return new FaultEvent(e.TimeSeconds, start, type, both.A, null, both.B, OneWay: false);
        }
        if (Split(e.Scope, "->") is { } one)
        {
            return new FaultEvent(e.TimeSeconds, start, type, one.A, null, one.B, OneWay: true);
        }
        if (Split(e.Scope, "/") is { } node)
        {
            return new FaultEvent(e.TimeSeconds, start, type, node.A, int.Parse(node.B, System.Globalization.CultureInfo.InvariantCulture), null, OneWay: false);
        }
        return new FaultEvent(e.TimeSeconds, start, type, e.Scope, null, null, OneWay: false);
    }

    private static (string A, string B)? Split(string scope, string separator)
    {
        var at = scope.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? null : (scope[..at], scope[(at + separator.Length)..]);
    }
}
