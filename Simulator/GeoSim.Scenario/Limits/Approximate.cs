using System.Globalization;

namespace GeoSim.Scenario.Limits;

/// <summary>Rough figures for limit messages: large values read as days or bytes in a few digits.</summary>
internal static class Approximate
{
    public static string Duration(double nanos)
    {
        if (double.IsNaN(nanos) || double.IsInfinity(nanos))
        {
            return "beyond any finite time";
        }
        var seconds = nanos / 1e9;
        return Math.Abs(seconds) < 86_400
            ? seconds.ToString("0.###", CultureInfo.InvariantCulture) + "s"
            : (seconds / 86_400).ToString(Math.Abs(seconds) < 8.64e10 ? "0.#" : "0.##e0", CultureInfo.InvariantCulture) + "d";
    }

    public static string Bytes(double bytes) => bytes switch
    {
        < 1024 => bytes.ToString("0", CultureInfo.InvariantCulture) + " B",
        < 1 << 20 => (bytes / 1024).ToString("0.#", CultureInfo.InvariantCulture) + " KiB",
        < 1L << 30 => (bytes / (1 << 20)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB",
        _ => (bytes / (1L << 30)).ToString("0.#", CultureInfo.InvariantCulture) + " GiB",
    };

    public static string Count(double count) =>
        count < 1e6 ? count.ToString("0", CultureInfo.InvariantCulture) : count.ToString("0.##e0", CultureInfo.InvariantCulture);
}
