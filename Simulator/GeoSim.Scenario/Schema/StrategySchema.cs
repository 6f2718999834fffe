using System.Text.Json.Nodes;
using GeoSim.Core.Replication;
using GeoSim.Scenario.Sections;

namespace GeoSim.Scenario.Schema;

/// <summary>
/// A strategy block, one alternative per definition of the <see cref="StrategyCatalog"/>, each
/// from the definition's own key table. A block without <c>type:</c> is the first strategy.
/// </summary>
internal static class StrategySchema
{
    public static JsonObject Block()
    {
        var alternatives = StrategyCatalog.All.Select((definition, i) =>
        {
            var type = new JsonObject { ["const"] = definition.Type, ["description"] = "the replication strategy" };
            var label = Shapes.Text("the strategy's name in every output (required in a strategies: list)");
            var required = definition.Keys.Where(k => k.Required).Select(k => k.Name).Prepend(i == 0 ? null : "type").OfType<string>().ToList();
            return (JsonNode)Shapes.Mapping($"strategy {definition.Type}", ["type", "label", .. WireReader.Keys, .. definition.Keys.Select(k => k.Name)],
                [("type", type), ("label", label), .. Wire(), .. definition.Keys.Select(k => (k.Name, Of(k)))], required);
        });
        return new JsonObject { ["type"] = "object", ["anyOf"] = new JsonArray([.. alternatives]) };
    }

    /// <summary>The keys every strategy block takes besides its own: how node-to-node messages go on the wire.</summary>
    private static (string, JsonObject)[] Wire() =>
    [
        ("compression", Shapes.Mapping("compression", WireReader.CompressionKeys,
            [("ratio", Shapes.Defined("probability", "the share of bytes left after compression")), ("cpu", Shapes.Defined("duration", "CPU time per message"))],
            ["ratio"], "compress node-to-node messages")),
        ("delta-sync", Shapes.Mapping("delta-sync", WireReader.DeltaKeys,
            [("fields", Shapes.Integer("fields of a value", 1)), ("changed", Shapes.Integer("fields an update changes", 1))],
            ["fields", "changed"], "send updates as their changed fields")),
    ];

    private static JsonObject Of(StrategyKey key)
    {
        var description = key.Default is { } d ? $"{key.Description} (default {d})" : key.Description;
        return key.Kind switch
        {
            KeyKind.Duration => Shapes.Defined("duration", description),
            KeyKind.Count => Shapes.Integer(description, 0),
            KeyKind.Region => Shapes.Text(description),
            KeyKind.RegionList => Shapes.ListOf(new JsonObject { ["type"] = "string" }, description),
            KeyKind.RegionTree => Shapes.MapOf(new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }, description),
            KeyKind.Choice => Shapes.Choice(key.Choices, description),
            KeyKind.Bool => Shapes.Boolean(description),
            KeyKind.Block => Shapes.Mapping(key.Name, [.. key.Keys.Select(k => k.Name)], [.. key.Keys.Select(k => (k.Name, Of(k)))],
                [.. key.Keys.Where(k => k.Required).Select(k => k.Name)], description),
            KeyKind.Distribution => Shapes.Defined("distribution", description),
            KeyKind.Text => Shapes.Defined("word", description),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key.Kind, "no schema for this kind of key"),
        };
    }
}
