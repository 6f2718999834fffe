using GeoSim.Core.Distributions;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections.Faults;

/// <summary>
/// <c>random-partitions</c> and <c>random-outages</c>: background faults that alternate up for an
/// <c>mtbf</c> draw and down for an <c>mttr</c> draw, over every region pair or region unless listed.
/// </summary>
internal sealed class RandomFaultReader(Diagnostics diagnostics, ValueReader values, FaultTargets targets)
{
    public FaultSpec? Read(FaultEntry fault)
    {
        var mtbf = fault.Reader.Require("mtbf") is { } b ? MeanTime(b, "mtbf") : null;
        var mttr = fault.Reader.Require("mttr") is { } r ? MeanTime(r, "mttr") : null;
        // Absent means "all of them" (null in the spec); invalid is reported and drops the fault.
        var scopeKey = fault.Type == FaultTypes.RandomPartitions ? "between" : "regions";
        var scopeNode = fault.Reader.Get(scopeKey);
        var pairs = scopeNode is not null && fault.Type == FaultTypes.RandomPartitions ? Pairs(scopeNode) : null;
        var regions = scopeNode is not null && fault.Type == FaultTypes.RandomOutages ? targets.RegionList(scopeNode, "regions") : null;
        if (mtbf is null || mttr is null || fault.At is not { } at || fault.For is not { } length || (scopeNode is not null && pairs is null && regions is null))
        {
            return null;
        }
        return fault.Type == FaultTypes.RandomPartitions
            ? new RandomPartitionsFault(at, length, mtbf, mttr, pairs)
            : new RandomOutagesFault(at, length, mtbf, mttr, regions);
    }

    // A process that could draw only zero-length gaps would toggle without time passing.
    private Distribution? MeanTime(Node node, string key)
    {
        var distribution = values.Distribution(node, key);
        if (distribution is not null && !(distribution.Mean > 0))
        {
            values.Report((ScalarNode)node, $"{key} must be > 0");
            return null;
        }
        return distribution;
    }

    // `between: [[a, b], [c, d]]`: each unordered pair at most once.
    private List<RegionPair>? Pairs(Node node)
    {
        if (values.Sequence(node, "between") is not { } sequence)
        {
            return null;
        }
        var pairs = new List<RegionPair>();
        var lines = new Dictionary<(RegionId, RegionId), int>();
        var ok = true;
        foreach (var item in sequence.Items)
        {
            if (item is ScalarNode scalar)
            {
                values.Report(scalar, $"between expects a list of region pairs, e.g. [[us-east-1, eu-west-1]], found '{scalar.Value}'");
                return null;
            }
            if (targets.Pair(item, "between", FaultTypes.RandomPartitions) is not var (a, b))
            {
                ok = false;
                continue;
            }
            var key = a.Index < b.Index ? (a, b) : (b, a);
            if (!lines.TryAdd(key, item.Start.Line))
            {
                diagnostics.Add(item.Start, $"the pair {targets.Name(a)}, {targets.Name(b)} is already listed at line {lines[key]}");
                ok = false;
                continue;
            }
            pairs.Add(new RegionPair(a, b));
        }
        return ok ? pairs : null;
    }
}
