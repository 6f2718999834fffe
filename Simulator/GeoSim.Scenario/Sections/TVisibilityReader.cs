using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary><c>metrics.t-visibility: { at: [0ms, 1ms, ...], sample: 0.2, from: same | random | REGION }</c>.</summary>
internal sealed class TVisibilityReader(Diagnostics diagnostics, ValueReader values)
{
    /// <summary>The delays probed when <c>at</c> is not given, as PBS plots them.</summary>
    internal static readonly string[] Keys = ["at", "sample", "from"];

    public static readonly IReadOnlyList<SimDuration> DefaultAt =
        [.. new[] { 0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 }.Select(ms => SimDuration.FromMilliseconds(ms))];

    /// <summary>The most delays one run probes: each costs a read per sampled write.</summary>
    public const int MaxDelays = 64;

    public TVisibilitySpec? Read(Node node, RegionIndex regions)
    {
        if (values.Mapping(node, "t-visibility") is not { } mapping)
        {
            return null;
        }
        var reader = new MappingReader(mapping, diagnostics, "t-visibility", Keys);
        var at = reader.Get("at") is { } a ? Delays(a) : DefaultAt;
        var sample = reader.Get("sample") is { } s ? Sample(s) : 1.0;
        var (from, region) = reader.Get("from") is { } f ? Origin(f, regions) : (ProbeOrigin.Same, default(RegionId));
        return at is null || sample is null || from is null ? null : new TVisibilitySpec(at, sample.Value, from.Value, region);
    }

    private List<SimDuration>? Delays(Node node)
    {
        if (values.Sequence(node, "at") is not { } list)
        {
            return null;
        }
        if (list.Items.Count > MaxDelays)
        {
            diagnostics.Add(list.Items[MaxDelays].Start, $"at lists at most {MaxDelays} delays, found {list.Items.Count}");
            return null;
        }
        var delays = new List<SimDuration>();
        foreach (var item in list.Items)
        {
            if (values.Duration(item, "at") is not { } delay)
            {
                return null;
            }
            if (delays.Count > 0 && delay <= delays[^1])
            {
                values.Report((ScalarNode)item, $"at must list delays in increasing order; {Units.DurationParser.Format(delay)} comes after {Units.DurationParser.Format(delays[^1])}");
                return null;
            }
            delays.Add(delay);
        }
        return delays;
    }

    private double? Sample(Node node)
    {
        var sample = values.Probability(node, "sample");
        if (sample == 0)
        {
            values.Report((ScalarNode)node, "sample must be > 0: a share of writes to probe, e.g. 0.2");
            return null;
        }
        return sample;
    }

    private (ProbeOrigin?, RegionId) Origin(Node node, RegionIndex regions)
    {
        if (values.Scalar(node, "from") is not { } scalar)
        {
            return (null, default);
        }
        return scalar.Value switch
        {
            "same" => (ProbeOrigin.Same, default),
            "random" => (ProbeOrigin.Random, default),
            _ => regions.Read(node, "from") is { } region ? Named(scalar, regions, region) : (null, default),
        };
    }

    private (ProbeOrigin?, RegionId) Named(ScalarNode scalar, RegionIndex regions, RegionId region)
    {
        if (region.Index < regions.Regions.Count && regions.Regions[region.Index].Nodes == 0)
        {
            values.Report(scalar, $"from: region '{scalar.Value}' has no nodes to coordinate a probe read");
            return (null, default);
        }
        return (ProbeOrigin.Region, region);
    }
}
