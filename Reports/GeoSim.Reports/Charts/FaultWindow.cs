namespace GeoSim.Reports.Charts;

/// <summary>A fault from its start to its end (or the run's end), shaded on time charts.</summary>
/// <param name="Kind">The fault's kind ("partition", "outage", …), which picks its colour.</param>
/// <param name="Target">What it hit: a region, a node ("us-east-1/0") or a pair ("a&lt;-&gt;b", "a-&gt;b").</param>
internal sealed record FaultWindow(double StartSeconds, double EndSeconds, string Kind, string Target)
{
    public string Label => $"{Kind} {Target}";
}
