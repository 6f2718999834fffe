namespace GeoSim.Core.Spec;

/// <summary>One edge of a cascade: <paramref name="Child"/> receives its writes from <paramref name="Parent"/>.</summary>
public sealed record CascadeLink(string Parent, string Child);
