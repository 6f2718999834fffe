using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>The <c>network:</c> section, resolved into one link per ordered region pair.</summary>
internal sealed class NetworkReader(Diagnostics diagnostics, ValueReader values)
{
    internal static readonly string[] Keys = ["preset", "default", "intra-region", "links", "retransmit-after", "reconnect-after"];
    internal static readonly string[] OptionKeys = ["latency", "bandwidth", "loss"];
    internal static readonly string[] LinkKeys = ["between", "latency", "bandwidth", "loss", "one-way"];

    /// <param name="node">The <c>network</c> value, or null when the scenario has none.</param>
    /// <param name="regionsPosition">Where to report missing latencies when there is no network section.</param>
    public NetworkSpec Read(Node? node, RegionIndex regions, SourcePosition regionsPosition)
    {
        var mapping = node is null ? null : values.Mapping(node, "network");
        var reader = mapping is null ? null : new MappingReader(mapping, diagnostics, "network", Keys);
        var awsPreset = reader?.Get("preset") is { } preset && ReadPreset(preset);
        var defaults = reader?.Get("default") is { } d ? ReadOptions(d, "default") : LinkOptions.None;
        var intraRegion = reader?.Get("intra-region") is { } i ? ReadOptions(i, "intra-region") : LinkOptions.None;
        var linksNode = reader?.Get("links");
        var links = linksNode is null ? [] : ReadLinks(linksNode, regions);
        var retransmitAfter = reader?.Get("retransmit-after") is { } r
            ? values.PositiveDuration(r, "retransmit-after")
            : NetworkSpec.DefaultRetransmitAfter;
        var reconnectAfter = reader?.Get("reconnect-after") is { } c ? values.Duration(c, "reconnect-after") : NetworkSpec.DefaultReconnectAfter;

        // A malformed network section or a link dropped for a bad region name would also show up
        // as pairs without latency; the first error says what to fix, the others would repeat it.
        var allLinksRead = linksNode is not SequenceNode sequence || sequence.Items.Count == links.Count;
        var reportMissing = allLinksRead && (node is null || mapping is not null);
        var resolved = new LinkResolver(diagnostics, regions).Resolve(
            awsPreset, defaults, intraRegion, links, reportMissingAt: reportMissing ? node?.Start ?? regionsPosition : null);
        return new NetworkSpec(resolved, retransmitAfter ?? NetworkSpec.DefaultRetransmitAfter, reconnectAfter ?? NetworkSpec.DefaultReconnectAfter);
    }

    /// <summary>True when the <c>network</c> value names the AWS preset (its errors are reported when it is read).</summary>
    public static bool NamesAwsPreset(Node? network) =>
        network is MappingNode mapping && mapping.Entries.Any(e => e.Key.Value == "preset" && e.Value is ScalarNode { Value: AwsPreset.Name });

    private bool ReadPreset(Node node)
    {
        if (values.Scalar(node, "preset") is not { } scalar)
        {
            return false;
        }
        if (scalar.Value != AwsPreset.Name)
        {
            values.Report(scalar, $"unknown network preset '{scalar.Value}'; valid presets: {AwsPreset.Name}");
            return false;
        }
        return true;
    }

    private LinkOptions ReadOptions(Node node, string key)
    {
        if (values.Mapping(node, key) is not { } mapping)
        {
            return LinkOptions.None;
        }
        return ReadOptions(new MappingReader(mapping, diagnostics, key, OptionKeys));
    }

    private LinkOptions ReadOptions(MappingReader reader) => new(
        reader.Get("latency") is { } latency ? values.Distribution(latency, "latency") : null,
        reader.Get("bandwidth") is { } bandwidth ? values.Bandwidth(bandwidth, "bandwidth") : null,
        reader.Get("loss") is { } loss ? values.Probability(loss, "loss") : null);

    private List<LinkEntry> ReadLinks(Node node, RegionIndex regions)
    {
        var links = new List<LinkEntry>();
        foreach (var item in values.Sequence(node, "links")?.Items ?? [])
        {
            if (values.Mapping(item, "each link") is not { } mapping)
            {
                continue;
            }
            var reader = new MappingReader(mapping, diagnostics, "this link", LinkKeys);
            var options = ReadOptions(reader);
            var oneWay = reader.Get("one-way") is { } o && values.Boolean(o, "one-way") == true;
            if (reader.Require("between") is { } between && ReadBetween(between, regions) is var (from, to))
            {
                links.Add(new LinkEntry(from, to, oneWay, options, between.Start));
            }
        }
        return links;
    }

    internal (RegionId From, RegionId To)? ReadBetween(Node node, RegionIndex regions)
    {
        if (values.Sequence(node, "between") is not { } sequence)
        {
            return null;
        }
        if (sequence.Items.Count != 2)
        {
            diagnostics.Add(sequence.Start, $"between expects two regions, e.g. [us-east-1, eu-west-1], found {sequence.Items.Count}");
            return null;
        }
        var from = regions.Read(sequence.Items[0], "between");
        var to = regions.Read(sequence.Items[1], "between");
        if (from is not { } a || to is not { } b)
        {
            return null;
        }
        if (a == b)
        {
            diagnostics.Add(sequence.Start, $"a link joins two different regions; for links inside {regions.Name(a)} use network.intra-region");
            return null;
        }
        return (a, b);
    }
}
