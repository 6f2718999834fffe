namespace GeoSim.Cli.Advise;

/// <summary>How a target compares: <c>&lt;=</c>, <c>&lt;</c>, <c>&gt;=</c>, <c>&gt;</c>, <c>==</c>.</summary>
internal enum SloOperator
{
    AtMost,
    Below,
    AtLeast,
    Above,
    Equal,
}
