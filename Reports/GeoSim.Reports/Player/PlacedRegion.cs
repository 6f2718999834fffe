namespace GeoSim.Reports.Player;

/// <summary>A region on the player's map; <paramref name="Known"/> is false when its name is not in the table and the position is only a placeholder.</summary>
internal sealed record PlacedRegion(string Name, double Lat, double Lon, bool Known);
