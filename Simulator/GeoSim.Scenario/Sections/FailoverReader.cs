using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>The <c>failover:</c> block of a primary-replica strategy.</summary>
internal sealed class FailoverReader(Diagnostics diagnostics, ValueReader values)
{
    private static readonly string[] Keys = ["detect-after", "heartbeat-every", "promote", "fence-old-primary", "promote-within", "witness"];

    private static readonly Dictionary<string, PromotionRule> Rules = new()
    {
        ["most-caught-up"] = PromotionRule.MostCaughtUp,
        ["nearest"] = PromotionRule.Nearest,
        ["none"] = PromotionRule.None,
    };

    private static readonly Dictionary<string, PromoteWithin> Withins = new()
    {
        ["any"] = PromoteWithin.Any,
        ["region"] = PromoteWithin.Region,
    };

    public FailoverSpec? Read(Node node, IReadOnlyList<RegionSpec> regions, string? primary, IReadOnlyCollection<string> clientRegions)
    {
        if (values.Mapping(node, "failover") is not { } mapping)
        {
            return null;
        }
        var reader = new MappingReader(mapping, diagnostics, "failover", Keys);
        var defaults = FailoverSpec.Default;
        var detectNode = reader.Get("detect-after");
        var detectAfter = detectNode is null ? defaults.DetectAfter : values.PositiveDuration(detectNode, "detect-after");
        var heartbeat = reader.Get("heartbeat-every") is { } h ? values.PositiveDuration(h, "heartbeat-every") : defaults.HeartbeatEvery;
        if (detectAfter is { } d && heartbeat is { } every && d <= every)
        {
            diagnostics.Add(detectNode is ScalarNode s ? s.ValueStart : mapping.Start,
                $"detect-after ({d}) must be longer than heartbeat-every ({every}): a primary is lost only after missing heartbeats");
        }
        var promote = reader.Get("promote") is { } p ? values.Choice(p, "promote", Rules, []) : defaults.Promote;
        var fence = reader.Get("fence-old-primary") is { } f ? values.Boolean(f, "fence-old-primary") : defaults.FenceOldPrimary;
        var within = reader.Get("promote-within") is { } w ? values.Choice(w, "promote-within", Withins, []) : defaults.PromoteWithin;
        return new FailoverSpec(detectAfter ?? defaults.DetectAfter, heartbeat ?? defaults.HeartbeatEvery,
            promote ?? defaults.Promote, fence ?? defaults.FenceOldPrimary, within ?? defaults.PromoteWithin)
        {
            Witness = reader.Get("witness") is { } wn ? Witness(wn, regions, primary, clientRegions) : null,
        };
    }

    /// <summary>A witness region: declared, not the primary's, one node, no clients.</summary>
    private string? Witness(Node node, IReadOnlyList<RegionSpec> regions, string? primary, IReadOnlyCollection<string> clientRegions)
    {
        if (values.Region(node, "witness", regions.Select(r => r.Name).ToList()) is not { } name)
        {
            return null;
        }
        var scalar = (ScalarNode)node;
        var nodes = regions.FirstOrDefault(r => r.Name == name)?.Nodes ?? 1;
        var problem = name == primary ? $"the witness '{name}' is the primary's region; it must be a region of its own, which holds no data"
            : nodes != 1 ? $"the witness region '{name}' has {nodes} nodes; expected nodes: 1 (one voting node that holds no data)"
            : clientRegions.Contains(name) ? $"the witness region '{name}' has clients; a witness serves no reads or writes, so put the clients in another region"
            : null;
        if (problem is not null)
        {
            values.Report(scalar, problem);
            return null;
        }
        return name;
    }
}
