namespace GeoSim.Cli.Sweep;

/// <summary>One step of a scenario path: a key (<c>network</c>) or a list index (<c>[0]</c>), and where it starts in the path's text.</summary>
internal sealed record PathSegment(string? Key, int? Index, int Offset)
{
    public override string ToString() => Key ?? $"[{Index}]";
}
