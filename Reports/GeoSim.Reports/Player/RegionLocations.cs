using System.Globalization;
using System.Reflection;

namespace GeoSim.Reports.Player;

/// <summary>
/// Where the player draws each region: the city of a known cloud region (region-locations.csv, a
/// table of public facts: AWS, Azure and Google Cloud region names), else a point on a ring in the
/// open South Pacific, evenly spaced in scenario order (so that no link runs over another region),
/// marked as not a real position.
/// </summary>
internal static class RegionLocations
{
    /// <summary>The ring for regions of unknown name: its centre and its radii, in degrees.</summary>
    private const double RingLat = -20;
    private const double RingLon = -130;
    private const double RingLatRadius = 20;
    private const double RingLonRadius = 30;

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
            // The first at the top of the ring, the others clockwise; a single one at its centre.
            var angle = 2 * Math.PI * unknown.IndexOf(name) / unknown.Count;
            var radius = unknown.Count == 1 ? 0 : 1;
            return new PlacedRegion(name, Math.Round(RingLat + radius * RingLatRadius * Math.Cos(angle), 3),
                Math.Round(RingLon + radius * RingLonRadius * Math.Sin(angle), 3), Known: false);
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
