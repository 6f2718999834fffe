using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>A <c>type: multi-master</c> block: how conflicts are settled, and whether delivery is causal.</summary>
internal sealed class MultiMasterReader(Diagnostics diagnostics, ValueReader values)
{
    public static readonly string[] Keys = ["type", "label", "conflict-resolution", "region-priority", "data-type", "causal"];

    private static readonly Dictionary<string, ConflictResolution> Resolutions = new()
    {
        ["lww"] = ConflictResolution.Lww,
        ["hlc-lww"] = ConflictResolution.HlcLww,
        ["siblings"] = ConflictResolution.Siblings,
        ["priority"] = ConflictResolution.Priority,
        ["crdt"] = ConflictResolution.Crdt,
    };

    private static readonly Dictionary<string, CrdtType> DataTypes = new()
    {
        ["register"] = CrdtType.Register,
        ["counter"] = CrdtType.Counter,
        ["set"] = CrdtType.Set,
    };

    public MultiMasterSpec? Read(MappingReader block, string? label, IReadOnlyList<string> regions)
    {
        var resolution = block.Get("conflict-resolution") is { } r
            ? values.Choice(r, "conflict-resolution", Resolutions, [])
            : ConflictResolution.Lww;
        var priority = new List<string>();
        if (block.Get("region-priority") is { } p)
        {
            if (resolution != ConflictResolution.Priority)
            {
                diagnostics.Add(p.Start, "region-priority is used only with conflict-resolution: priority");
            }
            foreach (var item in values.Sequence(p, "region-priority")?.Items ?? [])
            {
                if (values.Region(item, "region-priority", regions) is { } region)
                {
                    priority.Add(region);
                }
            }
        }
        else if (resolution == ConflictResolution.Priority)
        {
            diagnostics.Add(block.Start, "conflict-resolution: priority needs region-priority: [regions, first wins]");
        }
        var dataType = CrdtType.Register;
        if (block.Get("data-type") is { } d)
        {
            if (resolution != ConflictResolution.Crdt)
            {
                diagnostics.Add(d.Start, "data-type is used only with conflict-resolution: crdt");
            }
            dataType = values.Choice(d, "data-type", DataTypes, []) ?? CrdtType.Register;
        }
        var causal = block.Get("causal") is { } c && values.Boolean(c, "causal") == true;
        return label is null || resolution is null ? null : new MultiMasterSpec(label, resolution.Value, priority, dataType, causal);
    }
}
