using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// <c>cost: { egress-usd-per-gb: USD | { default: USD, links: [{ between: [a, b], usd: USD, one-way: true }] } }</c>.
/// Prices start from the AWS table with <c>network.preset: aws</c>; <c>default</c> replaces them
/// for every pair, and a link entry for its pair (both directions unless one-way). Without the
/// preset and without <c>cost</c> a run reports no cost. <c>storage-usd-per-gb-month: USD | { hot: USD,
/// warm: USD, cold: USD }</c> prices each storage tier the scenario has.
/// </summary>
internal sealed class CostReader(Diagnostics diagnostics, ValueReader values)
{
    /// <summary>Far above any cloud's price: a larger figure is a unit mistake (cents, or per TB).</summary>
    public const double MaxUsdPerGb = 100;

    internal static readonly string[] Keys = ["egress-usd-per-gb", "storage-usd-per-gb-month"];
    internal static readonly string[] EgressKeys = ["default", "links"];
    internal static readonly string[] LinkKeys = ["between", "usd", "one-way"];

    /// <param name="tiers">The storage tiers of the scenario (hot alone without <c>storage:</c>): each needs a storage price when any is given.</param>
    public CostSpec? Read(Node? node, RegionIndex regions, bool awsPreset, IReadOnlyList<StorageTier> tiers)
    {
        if (node is not null && values.Mapping(node, "cost") is { } mapping)
        {
            var reader = new MappingReader(mapping, diagnostics, "cost", Keys);
            var storage = reader.Get("storage-usd-per-gb-month") is { } s ? StoragePrices(s, tiers) : null;
            return ReadEgress(reader, regions, awsPreset) is { } cost ? cost with { StorageUsdPerGbMonth = storage } : null;
        }
        return node is null ? ReadEgress(null, regions, awsPreset) : null;
    }

    private CostSpec? ReadEgress(MappingReader? reader, RegionIndex regions, bool awsPreset)
    {
        var count = regions.Regions.Count;
        var prices = new double?[count * count];
        if (awsPreset)
        {
            foreach (var from in regions.All)
            {
                Fill(prices, count, from, AwsEgressPrices.From(regions.Name(from)));
            }
        }
        // The preset prices every pair: then egress-usd-per-gb only changes them.
        var egress = reader is null ? null : awsPreset ? reader.Get("egress-usd-per-gb") : reader.Require("egress-usd-per-gb");
        if (egress is null)
        {
            return awsPreset ? Complete(prices, null, regions) : null;
        }
        if (egress is ScalarNode)
        {
            return Price(egress, "egress-usd-per-gb") is { } flat ? Complete(Fill(prices, count, null, flat), egress, regions) : null;
        }
        if (values.Mapping(egress, "egress-usd-per-gb") is not { } table)
        {
            return null;
        }
        var tableReader = new MappingReader(table, diagnostics, "egress-usd-per-gb", EgressKeys);
        if (tableReader.Get("default") is { } d && Price(d, "default") is { } usd)
        {
            Fill(prices, count, null, usd);
        }
        if (tableReader.Get("links") is { } links)
        {
            ReadLinks(links, prices, regions);
        }
        return Complete(prices, egress, regions);
    }

    private void ReadLinks(Node node, double?[] prices, RegionIndex regions)
    {
        if (values.Sequence(node, "links") is not { } sequence)
        {
            return;
        }
        var network = new NetworkReader(diagnostics, values);
        foreach (var item in sequence.Items)
        {
            if (values.Mapping(item, "a links entry") is not { } entry)
            {
                continue;
            }
            var reader = new MappingReader(entry, diagnostics, "a links entry", LinkKeys);
            var oneWay = reader.Get("one-way") is { } o && values.Boolean(o, "one-way") == true;
            var pair = reader.Require("between") is { } between ? network.ReadBetween(between, regions) : null;
            var usd = reader.Require("usd") is { } u ? Price(u, "usd") : null;
            if (pair is var (from, to) && usd is { } price)
            {
                prices[from.Index * regions.Regions.Count + to.Index] = price;
                if (!oneWay)
                {
                    prices[to.Index * regions.Regions.Count + from.Index] = price;
                }
            }
        }
    }

    private double[]? StoragePrices(Node node, IReadOnlyList<StorageTier> tiers)
    {
        const string key = "storage-usd-per-gb-month";
        if (node is ScalarNode)
        {
            return Price(node, key, "per GB-month") is { } flat ? [flat, flat, flat] : null;
        }
        if (values.Mapping(node, key) is not { } mapping)
        {
            return null;
        }
        var reader = new MappingReader(mapping, diagnostics, key, StorageReader.TierNames);
        var prices = new double[StorageReader.TierNames.Length];
        var ok = true;
        foreach (var tier in tiers)
        {
            var name = StorageReader.TierNames[(int)tier];
            var price = reader.Require(name) is { } p ? Price(p, name, "per GB-month") : null;
            ok &= price is not null;
            prices[(int)tier] = price ?? 0;
        }
        return ok ? prices : null;
    }

    private double? Price(Node node, string key, string per = "per GB")
    {
        if (values.Scalar(node, key) is not { } scalar)
        {
            return null;
        }
        if (!double.TryParse(scalar.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var usd)
            || !double.IsFinite(usd) || usd < 0 || usd > MaxUsdPerGb)
        {
            values.Report(scalar, $"{key} must be a price in USD {per} between 0 and {MaxUsdPerGb} (e.g. 0.02), found {scalar.Value}");
            return null;
        }
        return usd;
    }

    /// <summary>Sets the price of every pair sent from <paramref name="from"/> (null: from every region).</summary>
    private static double?[] Fill(double?[] prices, int count, RegionId? from, double? usd)
    {
        for (var pair = 0; pair < prices.Length; pair++)
        {
            if (usd is not null && (from is null || pair / count == from.Value.Index) && pair / count != pair % count)
            {
                prices[pair] = usd;
            }
        }
        return prices;
    }

    /// <summary>The prices, when every pair between two regions has one; else an error at <paramref name="at"/>.</summary>
    private CostSpec? Complete(double?[] prices, Node? at, RegionIndex regions)
    {
        var count = regions.Regions.Count;
        for (var pair = 0; pair < prices.Length; pair++)
        {
            if (prices[pair] is null && pair / count != pair % count)
            {
                if (at is not null)
                {
                    diagnostics.Add(at.Start, $"egress-usd-per-gb gives no price for {regions.Name(new RegionId(pair / count))} -> {regions.Name(new RegionId(pair % count))}; add default: USD per GB");
                }
                return null;
            }
        }
        return new CostSpec([.. prices.Select(p => p ?? 0)]);
    }
}
