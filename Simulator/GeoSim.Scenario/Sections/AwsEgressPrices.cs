using System.Globalization;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// The egress prices that come with <c>network.preset: aws</c>: USD per GB sent to another region,
/// by sending region, from the embedded Presets/aws-egress-usd-per-gb.csv (its source and date are
/// in the file).
/// </summary>
internal static class AwsEgressPrices
{
    private const string ResourceName = "GeoSim.Scenario.Presets.aws-egress-usd-per-gb.csv";

    private static readonly IReadOnlyDictionary<string, double> UsdPerGb =
        PresetTable.Rows(ResourceName).ToDictionary(f => f[0], f => double.Parse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture));

    /// <summary>The price of a GB sent from <paramref name="region"/>, or null for a region the table lacks.</summary>
    public static double? From(string region) => UsdPerGb.TryGetValue(region, out var usd) ? usd : null;
}
