using System.Globalization;
using System.Text.Json.Nodes;
using GeoSim.Scenario.Sections;

namespace GeoSim.Scenario.Schema;

/// <summary>The schema of <c>storage:</c> (key ages and tiers), of storage prices, of <c>workload.queries</c> and of <c>data-classes:</c>.</summary>
internal static class StorageSchema
{
    public static JsonObject Storage()
    {
        var regions = new JsonObject
        {
            ["anyOf"] = new JsonArray(new JsonObject { ["enum"] = new JsonArray("all") }, new JsonObject { ["type"] = "integer", ["minimum"] = 1 }, Shapes.Ref("regions")),
            ["description"] = "all, the first N regions with nodes (scenario order), or a list",
        };
        JsonObject Tier(string name, string description) => Shapes.Mapping(name, StorageReader.TierKeys,
        [
            ("age", Shapes.Defined("duration", "keys younger than this (and not in a younger tier) are in this tier; the last tier takes none")),
            ("regions", regions.DeepClone().AsObject()),
            ("read-latency", Shapes.Defined("distribution", "added to a read served by this tier (warm and cold)")),
        ], description: description);
        return Shapes.Mapping("storage", StorageReader.Keys,
        [
            ("key-age", Shapes.Defined("distribution", "each key's time since its last write, drawn once, e.g. exponential(mean=90d)")),
            ("tiers", Shapes.Mapping("tiers", StorageReader.TierNames,
            [
                ("hot", Tier("hot", "the strategy's data (regions: all)")),
                ("warm", Tier("warm", "older keys, read from the nearest region holding them")),
                ("cold", Tier("cold", "the oldest keys, read from the nearest region holding them")),
            ], ["hot"], "the storage tiers by key age")),
        ], ["key-age", "tiers"], "key ages and storage tiers");
    }

    public static JsonObject DataClasses() => Shapes.ListOf(Shapes.Mapping("a data class", DataClassesReader.Keys,
    [
        ("name", Shapes.Text("the class's name; its scope in residency_violations")),
        ("share", Shapes.Text("a percentage of the keys, e.g. 30%, taken from where the previous class ended")),
        ("key-range", new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 }, ["minItems"] = 2, ["maxItems"] = 2, ["description"] = "[lo, hi]: keys lo (inclusive) to hi (exclusive)" }),
        ("residency", Shapes.Defined("regions", "the regions allowed to store or receive this class's values (default: every region)")),
    ], ["name"]), "named classes of keys in consecutive key ranges, and where their values may be");

    public static JsonObject StoragePrices(JsonObject price)
    {
        var table = Shapes.Mapping("storage-usd-per-gb-month", StorageReader.TierNames,
            [.. StorageReader.TierNames.Select(t => (t, price.DeepClone().AsObject()))]);
        return new JsonObject { ["anyOf"] = new JsonArray(price.DeepClone(), table), ["description"] = "USD per GB stored for a month: one for every tier, or one per tier" };
    }

    public static JsonObject Queries() => Shapes.ListOf(Shapes.Mapping("a query", QueriesReader.Keys,
    [
        ("name", Shapes.Text("its scope in the metrics (default REGION-PLAN)")),
        ("region", Shapes.Text("the querying region")),
        ("rate", Shapes.Text("queries per second, e.g. 1/s")),
        ("scans", Shapes.ListOf(Shapes.Mapping("a scans entry", QueriesReader.ScanKeys,
        [
            ("regions", Shapes.Defined("regions", "the regions holding the data set")),
            ("rows", new JsonObject { ["type"] = new JsonArray("number", "string"), ["description"] = "rows each of them holds (default: the query's rows)" }),
        ], ["regions"]), "the data sets scanned")),
        ("rows", new JsonObject { ["type"] = new JsonArray("number", "string"), ["description"] = "rows each scanned region holds of each data set, e.g. 1e6" }),
        ("selectivity", Shapes.Defined("probability", "the share of rows that match, e.g. 0.1%")),
        ("row-size", new JsonObject { ["type"] = new JsonArray("string", "integer"), ["description"] = "bytes per row, e.g. 200B" }),
        ("plan", Shapes.Choice(QueriesReader.Plans.Keys, "push-down: filter where the data is; pull: move every row")),
        ("scan-rate", Shapes.Text(string.Create(CultureInfo.InvariantCulture, $"rows a region scans per second (default {QueriesReader.DefaultScanRowsPerSecond}/s)"))),
        ("timeout", Shapes.Defined("duration", $"a query not complete by then fails (default {QueriesReader.DefaultTimeout})")),
    ], ["region", "rate", "scans", "selectivity", "row-size", "plan"]), "federated queries beside the point reads and writes");
}
