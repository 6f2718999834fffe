using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>The <c>failover:</c> block of a primary-replica strategy.</summary>
internal sealed class FailoverReader(Diagnostics diagnostics, ValueReader values)
{
    private static readonly string[] Keys = ["detect-after", "heartbeat-every", "promote", "fence-old-primary", "promote-within"];

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

    public FailoverSpec? Read(Node node)
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
            promote ?? defaults.Promote, fence ?? defaults.FenceOldPrimary, within ?? defaults.PromoteWithin);
    }
}
