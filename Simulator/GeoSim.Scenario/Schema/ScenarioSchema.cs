using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Sections;

namespace GeoSim.Scenario.Schema;

/// <summary>
/// The JSON Schema (draft-07) of a scenario file, for editors (VS Code's YAML extension completes
/// keys and flags mistakes with it). Every mapping takes its keys from the table its reader checks
/// them against, and the strategies theirs from the <see cref="Core.Replication.StrategyCatalog"/>,
/// so a key added to the loader without a place in the schema fails here. The schema checks keys
/// and the kinds of values; the loader still checks the rest (units, ranges, region names).
/// </summary>
public static class ScenarioSchema
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema as the text of <c>Scenarios/scenario.schema.json</c>, ending with a line break.</summary>
    public static string Json() => Document().ToJsonString(Options) + "\n";

    private static JsonObject Document()
    {
        var scenario = Shapes.Mapping("the scenario", ScenarioReader.Keys,
        [
            ("name", Shapes.Text("letters, digits and '-'; names the output folder")),
            ("description", Shapes.Text("what the scenario shows")),
            ("seed", Shapes.Integer($"the seed of every random draw (default {ScenarioReader.DefaultSeed})")),
            ("duration", Shapes.Defined("duration", "simulated time, e.g. 5m")),
            ("warmup", Shapes.Defined("duration", "left out of the metrics at the start")),
            ("regions", Shapes.ListOf(Regions(), "the regions and their nodes")),
            ("network", Network()),
            ("clocks", Clocks()),
            ("workload", Workload()),
            ("strategy", Shapes.Defined("strategy", "one replication strategy")),
            ("strategies", Shapes.ListOf(new JsonObject
            {
                ["allOf"] = new JsonArray(Shapes.Ref("strategy"), new JsonObject { ["required"] = new JsonArray("label") }),
            }, "several strategies, each with a label, run on the same seed")),
            ("faults", Shapes.ListOf(Shapes.Ref("fault"), "the fault timeline and random faults")),
            ("narrative", Shapes.ListOf(Shapes.Mapping("a narrative entry", NarrativeReader.Keys,
                [("at", Shapes.Defined("duration", "when the caption shows")), ("text", Shapes.Text("the caption"))], ["at", "text"]),
                "captions on the charts and the replay")),
            ("metrics", Metrics()),
            ("cost", Cost()),
            ("storage", StorageSchema.Storage()),
            ("data-classes", StorageSchema.DataClasses()),
        ], ["name", "duration", "regions", "workload"]);
        scenario["anyOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray("strategy") }, new JsonObject { ["required"] = new JsonArray("strategies") });
        scenario["not"] = new JsonObject { ["required"] = new JsonArray("strategy", "strategies") };

        var document = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "GeoSim scenario",
            ["description"] = "A GeoSim scenario file (geosim schema writes this; geosim validate checks everything else).",
        };
        foreach (var (key, value) in scenario)
        {
            document[key] = value?.DeepClone();
        }
        document["definitions"] = Definitions();
        return document;
    }

    private static JsonObject Definitions() => new()
    {
        ["duration"] = new JsonObject { ["type"] = "string", ["description"] = "a duration with its unit: 250ms, 10s, 5m, 1h" },
        ["distribution"] = new JsonObject
        {
            ["type"] = new JsonArray("string", "number"),
            ["description"] = "a duration or a distribution of durations: 40ms, exponential(mean=5ms), lognormal(median=80ms, sigma=0.2), 49ms + uniform(min=0ms, max=2ms)",
        },
        ["probability"] = new JsonObject { ["type"] = new JsonArray("number", "string"), ["description"] = "a share: 0.01 or 1%" },
        ["word"] = new JsonObject { ["type"] = new JsonArray("string", "number") },
        ["regions"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        ["regionOrRegions"] = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, Shapes.Ref("regions")) },
        ["linkOptions"] = Shapes.Mapping("link options", NetworkReader.OptionKeys, LinkOptions()),
        ["clockBlock"] = Shapes.Mapping("a clock block", ClocksReader.BlockKeys,
        [
            ("offset", Shapes.Defined("distribution", "the clock's offset from true time (may be negative)")),
            ("drift", new JsonObject { ["type"] = new JsonArray("string", "number"), ["description"] = "rate error, e.g. 50ppm" }),
            ("sync-every", Shapes.Defined("duration", "how often the clock resyncs")),
            ("sync-error", Shapes.Defined("duration", "the offset left after a resync")),
        ]),
        ["strategy"] = StrategySchema.Block(),
        ["fault"] = FaultSchema.Entry(),
    };

    private static JsonObject Regions() => Shapes.Mapping("a region", RegionsReader.Keys,
    [
        ("name", Shapes.Text("the region's name, e.g. us-east-1 (names of the aws preset get its latencies)")),
        ("nodes", Shapes.Integer("nodes in the region (0: clients only)", 0)),
        ("jurisdiction", Shapes.Text("where the data legally lives")),
    ], ["name"]);

    private static (string, JsonObject)[] LinkOptions() =>
    [
        ("latency", Shapes.Defined("distribution", "one-way latency")),
        ("bandwidth", new JsonObject { ["type"] = "string", ["description"] = "e.g. 1Gbps, 20Mbps" }),
        ("loss", Shapes.Defined("probability", "the share of messages lost (each is resent)")),
    ];

    private static JsonObject Network() => Shapes.Mapping("network", NetworkReader.Keys,
    [
        ("preset", new JsonObject { ["enum"] = new JsonArray(AwsPreset.Name), ["description"] = "measured latencies between AWS regions" }),
        ("default", Shapes.Defined("linkOptions", "every pair not listed in links")),
        ("intra-region", Shapes.Defined("linkOptions", "between nodes of one region")),
        ("links", Shapes.ListOf(Shapes.Mapping("a link", NetworkReader.LinkKeys,
            [("between", Shapes.Defined("regions", "the two regions")), .. LinkOptions(), ("one-way", Shapes.Boolean("only from the first region to the second"))],
            ["between"]), "links that differ from the default")),
        ("retransmit-after", Shapes.Defined("duration", "when a reliable stream resends a lost message")),
        ("reconnect-after", Shapes.Defined("duration", "how long a stream takes to reconnect after a partition heals")),
    ], description: "latency, bandwidth and loss of the links");

    private static JsonObject Clocks() => Shapes.Mapping("clocks", ClocksReader.Keys,
    [
        ("default", Shapes.Defined("clockBlock", "every node's clock")),
        ("regions", Shapes.MapOf(Shapes.Ref("clockBlock"), "per region, over the default")),
    ], description: "clock offset, drift and resync");

    private static JsonObject Workload() => Shapes.Mapping("workload", WorkloadReader.Keys,
    [
        ("keys", Shapes.Integer($"how many keys (default {WorkloadReader.DefaultKeys})", 1)),
        ("key-distribution", Shapes.Text("uniform, zipf(0.99), hotspot(keys=1%, share=50%)")),
        ("value-size", new JsonObject { ["type"] = new JsonArray("string", "integer"), ["description"] = "bytes per value, e.g. 1KB" }),
        ("clients", Shapes.ListOf(Shapes.Mapping("a client", ClientsReader.Keys,
        [
            ("region", Shapes.Text("the clients' region, or all")),
            ("rate", Shapes.Text("operations per second, e.g. 100/s")),
            ("read-fraction", Shapes.Defined("probability", string.Create(CultureInfo.InvariantCulture, $"the share of reads (default {ClientsReader.DefaultReadFraction})"))),
            ("sessions", Shapes.Integer("sessions the rate is spread over", 1)),
            ("consistency", Shapes.Choice(ClientsReader.Consistencies.Keys, "session guarantee")),
            ("timeout", Shapes.Defined("duration", $"an operation not answered by then fails (default {ClientsReader.DefaultTimeout})")),
            ("until", Shapes.Defined("duration", "the clients stop then")),
        ], ["region", "rate"]), "open-loop clients")),
        ("queries", StorageSchema.Queries()),
    ], ["clients"]);

    private static JsonObject Cost()
    {
        var price = new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = CostReader.MaxUsdPerGb, ["description"] = "USD per GB (10^9 bytes) sent" };
        var table = Shapes.Mapping("egress-usd-per-gb", CostReader.EgressKeys,
        [
            ("default", price.DeepClone().AsObject()),
            ("links", Shapes.ListOf(Shapes.Mapping("a links entry", CostReader.LinkKeys,
            [
                ("between", Shapes.Defined("regions", "the two regions")),
                ("usd", price.DeepClone().AsObject()),
                ("one-way", Shapes.Boolean("only from the first region to the second")),
            ], ["between", "usd"]), "pairs priced apart from the default")),
        ]);
        var egress = new JsonObject { ["anyOf"] = new JsonArray(price, table), ["description"] = "egress prices: one for every pair, or a table" };
        var storage = StorageSchema.StoragePrices(new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = CostReader.MaxUsdPerGb, ["description"] = "USD per GB-month" });
        return Shapes.Mapping("cost", CostReader.Keys, [("egress-usd-per-gb", egress), ("storage-usd-per-gb-month", storage)],
            description: "what sending data between regions and storing it costs");
    }

    private static JsonObject Metrics() => Shapes.Mapping("metrics", ScenarioReader.MetricsKeys,
    [
        ("interval", Shapes.Defined("duration", $"the step of the time series (default {MetricsSpec.Default.Interval})")),
        ("t-visibility", Shapes.Mapping("t-visibility", TVisibilityReader.Keys,
        [
            ("at", Shapes.ListOf(Shapes.Ref("duration"), "the delays after a write's acknowledgement at which to probe")),
            ("sample", Shapes.Defined("probability", "the share of writes probed")),
            ("from", Shapes.Text("where probes read: same, random, or a region")),
        ], description: "probe reads for the probability of consistency against time since the write")),
    ]);
}
