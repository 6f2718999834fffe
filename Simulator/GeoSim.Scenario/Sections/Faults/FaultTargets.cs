using System.Globalization;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections.Faults;

/// <summary>Reads what a fault acts on (regions, region pairs, links, nodes), checked against the scenario's regions.</summary>
internal sealed class FaultTargets(Diagnostics diagnostics, ValueReader values, RegionIndex regions)
{
    public RegionId? Region(Node node, string key) => regions.Read(node, key);

    public string Name(RegionId region) => regions.Name(region);

    /// <summary><c>between: [a, b]</c> (both directions) or <c>from: a</c> with <c>to: b</c> (one way).</summary>
    public LinkTarget? Link(FaultEntry fault) => ExclusiveForms.Choose(fault, diagnostics, ["between"], ["from", "to"]) switch
    {
        0 => Between(fault),
        1 => FromTo(fault),
        _ => null,
    };

    public LinkTarget? Between(FaultEntry fault) =>
        fault.Reader.Require("between") is { } node && Pair(node, "between", fault.Type) is var (a, b) ? new LinkTarget(a, b, OneWay: false) : null;

    public LinkTarget? FromTo(FaultEntry fault)
    {
        var from = fault.Reader.Require("from") is { } f ? Region(f, "from") : null;
        var toNode = fault.Reader.Require("to");
        var to = toNode is null ? null : Region(toNode, "to");
        if (from is not { } a || to is not { } b)
        {
            return null;
        }
        if (a == b)
        {
            ReportSelf(toNode!, a, fault.Type);
            return null;
        }
        return new LinkTarget(a, b, OneWay: true);
    }

    /// <summary><c>[a, b]</c>: two different regions.</summary>
    public (RegionId A, RegionId B)? Pair(Node node, string key, string type)
    {
        if (values.Sequence(node, key) is not { } sequence)
        {
            return null;
        }
        if (sequence.Items.Count != 2)
        {
            diagnostics.Add(sequence.Start, $"{key} expects two regions, e.g. [us-east-1, eu-west-1], found {sequence.Items.Count}");
            return null;
        }
        var first = Region(sequence.Items[0], key);
        var second = Region(sequence.Items[1], key);
        if (first is not { } a || second is not { } b)
        {
            return null;
        }
        if (a == b)
        {
            ReportSelf(sequence.Items[1], a, type);
            return null;
        }
        return (a, b);
    }

    /// <summary>A list of regions, each named once.</summary>
    public IReadOnlyList<RegionId>? RegionList(Node node, string key)
    {
        if (values.Sequence(node, key) is not { } sequence)
        {
            return null;
        }
        var listed = new List<RegionId>();
        var lines = new Dictionary<RegionId, int>();
        var ok = true;
        foreach (var item in sequence.Items)
        {
            if (Region(item, key) is not { } region)
            {
                ok = false;
            }
            else if (!lines.TryAdd(region, item.Start.Line))
            {
                diagnostics.Add(((ScalarNode)item).ValueStart, $"region '{Name(region)}' is already listed in {key}");
                ok = false;
            }
            else
            {
                listed.Add(region);
            }
        }
        return ok ? listed : null;
    }

    /// <summary><c>region: r</c> (every node of it) or <c>node: r/i</c> (one node).</summary>
    public NodeTarget? RegionOrNode(FaultEntry fault) => ExclusiveForms.Choose(fault, diagnostics, ["region"], ["node"]) switch
    {
        0 => fault.Reader.Require("region") is { } r && Region(r, "region") is { } region ? new NodeTarget(region, null) : null,
        1 => fault.Reader.Require("node") is { } n ? Node(n) : null,
        _ => null,
    };

    // `eu-west-1/2`: node 2 (0-based) of eu-west-1.
    private NodeTarget? Node(Node node)
    {
        if (values.Scalar(node, "node") is not { } scalar)
        {
            return null;
        }
        var slash = scalar.Value.LastIndexOf('/');
        if (slash < 0)
        {
            values.Report(scalar, $"node expects a region and a node index counted from 0, e.g. eu-west-1/2, found '{scalar.Value}'");
            return null;
        }
        var name = scalar.Value[..slash];
        var indexText = scalar.Value[(slash + 1)..];
        // With no valid regions the regions section is already reported; every name would fail here.
        if (regions.Regions.Count == 0)
        {
            return null;
        }
        if (regions.Regions.FirstOrDefault(r => r.Name == name) is not { } region)
        {
            values.Report(scalar, $"unknown region '{name}'{Suggestions.Hint(name, regions.Declared)}");
            return null;
        }
        if (!int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            diagnostics.Add(scalar.PositionAt(slash + 1), $"a node index is a whole number counted from 0, found '{indexText}'");
            return null;
        }
        if (index >= region.Nodes)
        {
            var nodes = region.Nodes == 1 ? "1 node, numbered 0" : $"{region.Nodes} nodes, numbered 0 to {region.Nodes - 1}";
            diagnostics.Add(scalar.PositionAt(slash + 1), $"{name} has {nodes}; found {index}");
            return null;
        }
        return new NodeTarget(regions.Id(name), index);
    }

    private void ReportSelf(Node node, RegionId region, string type) =>
        diagnostics.Add(node is ScalarNode s ? s.ValueStart : node.Start, $"{type} needs two different regions, found '{Name(region)}' twice");
}
