using System.Text.Json.Nodes;
using GeoSim.Scenario.Sections.Faults;

namespace GeoSim.Scenario.Schema;

/// <summary>One entry of <c>faults:</c>, one alternative per fault type (and <c>migrate</c>) with the keys <see cref="FaultTypes"/> gives it.</summary>
internal static class FaultSchema
{
    private static readonly (string Key, JsonObject Shape)[] Keys =
    [
        ("at", Shapes.Defined("duration", "when the fault starts (random faults: 0)")),
        ("for", Shapes.Defined("duration", "how long it lasts (random faults: to the end)")),
        ("between", Shapes.Defined("regions", "the two regions of a link, both directions")),
        ("from", Shapes.Text("one direction of a link: from this region")),
        ("to", Shapes.Defined("regionOrRegions", "one direction of a link: to this region (or these); migrate: the regions the class moves to")),
        ("class", Shapes.Text("migrate: the data class that moves")),
        ("rate", new JsonObject { ["type"] = "string", ["description"] = "migrate: the pace of each joining node's copy, e.g. 5Mbps (default: as fast as the links go)" }),
        ("shape", Shapes.Choice(PartitionReader.ShapeNames, "a partition of several regions at once")),
        ("regions", Shapes.Defined("regions", "the regions the fault applies to")),
        ("region", Shapes.Text("the region")),
        ("node", Shapes.Text("one node, as region/index (us-east-1/0)")),
        ("add", Shapes.Defined("distribution", "latency added to the link")),
        ("latency", Shapes.Defined("distribution", "the link's latency while the fault lasts")),
        ("loss", Shapes.Defined("probability", "the share of messages lost")),
        ("by", Shapes.Defined("duration", "how far the clock jumps (negative: back)")),
        ("mtbf", Shapes.Defined("distribution", "mean time between failures")),
        ("mttr", Shapes.Defined("distribution", "mean time to repair")),
    ];

    public static JsonObject Entry()
    {
        var alternatives = FaultTypes.All.Select(type =>
        {
            var keys = FaultTypes.KeysOf(type);
            var shapes = Keys.Where(k => keys.Contains(k.Key)).Select(k => (k.Key, (JsonObject)k.Shape.DeepClone())).ToList();
            return (JsonNode)Shapes.Mapping($"fault {type}", keys, [("type", new JsonObject { ["const"] = type }), .. shapes], ["type"]);
        });
        return new JsonObject { ["type"] = "object", ["anyOf"] = new JsonArray([.. alternatives]) };
    }
}
