namespace GeoSim.Reports.Player;

/// <summary>A line the replay says at <paramref name="TimeSeconds"/> besides the run's events (a metric change: "us-west-2 is 10.0 s behind"), with its label (<c>lag</c>, <c>writes</c>, <c>lost</c>).</summary>
public sealed record PlayerLine(double TimeSeconds, string Label, string Text);
