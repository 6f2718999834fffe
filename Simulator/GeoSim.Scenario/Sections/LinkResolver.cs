using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// Gives every ordered region pair its link. Cross-region latency: a <c>links</c> entry, else the
/// preset, else <c>default</c>. Intra-region latency: <c>intra-region</c>, else the preset's
/// diagonal, else 0.5ms.
/// </summary>
internal sealed class LinkResolver(Diagnostics diagnostics, RegionIndex regions)
{
    private static readonly ConstantDistribution IntraRegionFallback = new(SimDuration.FromMilliseconds(0.5).Nanos);

    // Naming a few pairs is enough to show what is wrong; a long list would bury the hint.
    private const int MaxPairsNamed = 4;

    /// <param name="reportMissingAt">Where a pair without any latency is reported (the network or the regions); null: not reported.</param>
    public IReadOnlyList<LinkSpec> Resolve(
        bool awsPreset, LinkOptions defaults, LinkOptions intraRegion, IReadOnlyList<LinkEntry> links, SourcePosition? reportMissingAt)
    {
        var explicitLinks = IndexByDirection(links);
        var resolved = new List<LinkSpec>();
        var missing = new List<string>();
        var linksWithoutLatency = new HashSet<LinkEntry>();
        foreach (var from in regions.All)
        {
            foreach (var to in regions.All)
            {
                var preset = awsPreset ? AwsPreset.OneWayLatency(regions.Name(from), regions.Name(to)) : null;
                if (from == to)
                {
                    // The default is for links between regions: a WAN's bandwidth and loss do not
                    // describe a data center's own network, so the diagonal does not inherit them.
                    resolved.Add(new LinkSpec(from, to, intraRegion.Latency ?? preset ?? IntraRegionFallback,
                        intraRegion.BandwidthBitsPerSecond ?? 0, intraRegion.Loss ?? 0));
                    continue;
                }
                var link = explicitLinks.GetValueOrDefault((from, to));
                var options = link?.Options ?? LinkOptions.None;
                if ((options.Latency ?? preset ?? defaults.Latency) is not { } latency)
                {
                    if (link is null)
                    {
                        missing.Add(Direction(from, to));
                    }
                    else if (linksWithoutLatency.Add(link))
                    {
                        diagnostics.Add(link.Position, $"this link needs a latency: neither network.preset nor network.default gives one for {Direction(from, to)}");
                    }
                    continue;
                }
                resolved.Add(new LinkSpec(from, to, latency,
                    options.BandwidthBitsPerSecond ?? defaults.BandwidthBitsPerSecond ?? 0, options.Loss ?? defaults.Loss ?? 0));
            }
        }
        if (missing.Count > 0 && reportMissingAt is { } reportAt)
        {
            var named = string.Join(", ", missing.Take(MaxPairsNamed)) + (missing.Count > MaxPairsNamed ? $" and {missing.Count - MaxPairsNamed} more" : "");
            diagnostics.Add(reportAt, $"no latency for {named}; set network.default.latency or add the pair to network.links");
        }
        return resolved;
    }

    private Dictionary<(RegionId, RegionId), LinkEntry> IndexByDirection(IReadOnlyList<LinkEntry> links)
    {
        var byDirection = new Dictionary<(RegionId, RegionId), LinkEntry>();
        foreach (var link in links)
        {
            (RegionId, RegionId)[] directions = link.OneWay ? [(link.From, link.To)] : [(link.From, link.To), (link.To, link.From)];
            foreach (var direction in directions)
            {
                if (!byDirection.TryAdd(direction, link))
                {
                    diagnostics.Add(link.Position, $"the link {Direction(direction.Item1, direction.Item2)} is already given at line {byDirection[direction].Position.Line}");
                }
            }
        }
        return byDirection;
    }

    private string Direction(RegionId from, RegionId to) => $"{regions.Name(from)} -> {regions.Name(to)}";
}
