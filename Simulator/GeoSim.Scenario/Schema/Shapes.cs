using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GeoSim.Scenario.Schema;

/// <summary>
/// JSON Schema fragments for the kinds of value a scenario holds. Values with units (durations,
/// rates, sizes) are strings here: the loader parses them and reports a bad one with its line and
/// column; the schema only says where such a value belongs.
/// </summary>
internal static class Shapes
{
    public static JsonObject Ref(string definition) => new() { ["$ref"] = $"#/definitions/{definition}" };

    public static JsonObject Text(string description) => Described(new JsonObject { ["type"] = "string" }, description);

    public static JsonObject Integer(string description, long? minimum = null)
    {
        var shape = new JsonObject { ["type"] = "integer" };
        if (minimum is { } least)
        {
            shape["minimum"] = least;
        }
        return Described(shape, description);
    }

    public static JsonObject Boolean(string description) => Described(new JsonObject { ["type"] = "boolean" }, description);

    /// <summary>A shared definition with a description of its own (draft-07 ignores keys beside a <c>$ref</c>, so the reference goes in an allOf).</summary>
    public static JsonObject Defined(string definition, string description) =>
        Described(new JsonObject { ["allOf"] = new JsonArray(Ref(definition)) }, description);

    public static JsonObject ListOf(JsonObject item, string description) =>
        Described(new JsonObject { ["type"] = "array", ["items"] = item }, description);

    public static JsonObject MapOf(JsonObject value, string description) =>
        Described(new JsonObject { ["type"] = "object", ["additionalProperties"] = value }, description);

    /// <summary>
    /// One of <paramref name="names"/>; a name such as <c>bounded(T)</c> stands for any argument in
    /// the parentheses.
    /// </summary>
    public static JsonObject Choice(IEnumerable<string> names, string description)
    {
        var all = names.ToList();
        var plain = all.Where(n => !n.EndsWith("(T)", StringComparison.Ordinal)).ToList();
        var forms = all.Except(plain).Select(n => (JsonNode)new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = $"^{Regex.Escape(n[..^3])}\\(.+\\)$",
        });
        var choice = new JsonObject { ["enum"] = new JsonArray([.. plain.Select(n => (JsonNode)JsonValue.Create(n))]) };
        return Described(plain.Count == all.Count ? choice : new JsonObject { ["anyOf"] = new JsonArray([choice, .. forms]) }, description);
    }

    /// <summary>A mapping of exactly the keys of <paramref name="keys"/> (the loader's own table), each with its shape.</summary>
    /// <exception cref="InvalidOperationException">The table and the shapes do not name the same keys.</exception>
    public static JsonObject Mapping(string what, IReadOnlyList<string> keys, IReadOnlyList<(string Key, JsonObject Shape)> shapes,
        IReadOnlyList<string>? required = null, string description = "")
    {
        var described = shapes.Select(s => s.Key).ToList();
        if (!described.Order(StringComparer.Ordinal).SequenceEqual(keys.Order(StringComparer.Ordinal)))
        {
            throw new InvalidOperationException(
                $"the schema of {what} describes [{string.Join(", ", described)}], but the loader reads [{string.Join(", ", keys)}]");
        }
        var properties = new JsonObject();
        foreach (var key in keys)
        {
            properties[key] = shapes.Single(s => s.Key == key).Shape;
        }
        var mapping = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        if (required is { Count: > 0 })
        {
            mapping["required"] = new JsonArray([.. required.Select(r => (JsonNode)JsonValue.Create(r))]);
        }
        return Described(mapping, description);
    }

    private static JsonObject Described(JsonObject shape, string description)
    {
        if (description.Length > 0)
        {
            shape["description"] = description;
        }
        return shape;
    }
}
