using System.Globalization;
using System.Reflection;

namespace GeoSim.Reports.Player;

/// <summary>
/// Where the player draws each region: the city of a known cloud region (region-locations.csv, a
/// table of public facts: AWS, Azure and Google Cloud region names), else a point on a band across
/// the southern ocean, evenly spaced in scenario order, marked as not a real position.
/// </summary>
internal static class RegionLocations
{
    /// <summary>The band for regions of unknown name: latitude, and the longitudes it spans.</summary>
    private const double BandLatitude = -45;
    private const double BandWest = -150;
    private const double BandEast = 150;

    private static readonly Lazy<IReadOnlyDictionary<string, (double Lat, double Lon)>> Known = new(Load);

    public static IReadOnlyList<PlacedRegion> Place(IReadOnlyList<string> names)
    {
        var unknown = names.Where(n => !Known.Value.ContainsKey(n)).ToList();
        return names.Select(name =>
        {
            if (Known.Value.TryGetValue(name, out var at))
            {
                return new PlacedRegion(name, at.Lat, at.Lon, Known: true);
            }
            var i = unknown.IndexOf(name);
            var lon = unknown.Count == 1 ? 0 : BandWest + (BandEast - BandWest) * i / (unknown.Count - 1);
            return new PlacedRegion(name, BandLatitude, lon, Known: false);
        }).ToList();
    }

    private static IReadOnlyDictionary<string, (double, double)> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GeoSim.Reports.Player.region-locations.csv")
            ?? throw new InvalidOperationException("region-locations.csv is not embedded in GeoSim.Reports");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            table.Add(cells[0], (double.Parse(cells[1], CultureInfo.InvariantCulture), double.Parse(cells[2], CultureInfo.InvariantCulture)));
        }
        return table;
    }
}
