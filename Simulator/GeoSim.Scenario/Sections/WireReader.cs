using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// The keys every strategy block may hold about its wire format:
/// <c>compression: { ratio: 0.15, cpu: 50us }</c> and <c>delta-sync: { fields: 20, changed: 2 }</c>.
/// </summary>
internal sealed class WireReader(Diagnostics diagnostics, ValueReader values)
{
    public static readonly string[] Keys = ["compression", "delta-sync"];
    internal static readonly string[] CompressionKeys = ["ratio", "cpu"];
    internal static readonly string[] DeltaKeys = ["fields", "changed"];

    /// <summary>The most fields a value may be split into for delta sync.</summary>
    public const int MaxFields = 1_000_000;

    public WireSpec Read(MappingReader strategy)
    {
        var (ratio, cpu) = strategy.Get("compression") is { } c ? Compression(c) : (1.0, SimDuration.Zero);
        var (fields, changed) = strategy.Get("delta-sync") is { } d ? Delta(d) : (0, 0);
        return new WireSpec(ratio, cpu, fields, changed);
    }

    private (double, SimDuration) Compression(Node node)
    {
        if (values.Mapping(node, "compression") is not { } mapping)
        {
            return (1, SimDuration.Zero);
        }
        var reader = new MappingReader(mapping, diagnostics, "compression", CompressionKeys);
        var ratioNode = reader.Require("ratio");
        var ratio = ratioNode is null ? null : values.Probability(ratioNode, "ratio");
        if (ratio == 0)
        {
            values.Report((ScalarNode)ratioNode!, "ratio must be > 0: the share of bytes left after compression, e.g. 0.15");
            ratio = null;
        }
        var cpu = reader.Get("cpu") is { } c ? values.Duration(c, "cpu") : SimDuration.Zero;
        return (ratio ?? 1, cpu ?? SimDuration.Zero);
    }

    private (int, int) Delta(Node node)
    {
        if (values.Mapping(node, "delta-sync") is not { } mapping)
        {
            return (0, 0);
        }
        var reader = new MappingReader(mapping, diagnostics, "delta-sync", DeltaKeys);
        var fields = reader.Require("fields") is { } f ? values.Integer(f, "fields", 1, MaxFields) : null;
        var changedNode = reader.Require("changed");
        var changed = changedNode is null ? null : values.Integer(changedNode, "changed", 1, MaxFields);
        if (fields is null || changed is null)
        {
            return (0, 0);
        }
        if (changed > fields)
        {
            values.Report((ScalarNode)changedNode!, $"changed ({changed}) cannot exceed fields ({fields})");
            return (0, 0);
        }
        return ((int)fields, (int)changed);
    }
}
