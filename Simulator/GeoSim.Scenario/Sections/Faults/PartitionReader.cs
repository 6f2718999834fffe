using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections.Faults;

/// <summary>
/// <c>type: partition</c>: <c>between</c>, <c>from</c>/<c>to</c>, or a named shape over a list of
/// regions, expanded here into the pairwise partitions the simulator knows.
/// </summary>
internal sealed class PartitionReader(Diagnostics diagnostics, ValueReader values, FaultTargets targets)
{
    private enum Shape
    {
        Bridge,
        MajoritiesRing,
    }

    private static readonly Dictionary<string, Shape> Shapes = new()
    {
        ["bridge"] = Shape.Bridge,
        ["majorities-ring"] = Shape.MajoritiesRing,
    };

    /// <summary>The names <c>shape:</c> accepts.</summary>
    internal static IEnumerable<string> ShapeNames => Shapes.Keys;

    // With three regions every region neighbours both others on the ring, so nothing would be cut.
    private const int MinRingRegions = 4;

    public IReadOnlyList<PartitionFault> Read(FaultEntry fault)
    {
        IReadOnlyList<LinkTarget>? links = ExclusiveForms.Choose(fault, diagnostics, ["between"], ["from", "to"], ["shape", "regions"]) switch
        {
            0 => targets.Between(fault) is { } link ? [link] : null,
            1 => targets.FromTo(fault) is { } link ? [link] : null,
            2 => ReadShape(fault),
            _ => null,
        };
        if (links is null || fault.At is not { } at || fault.For is not { } length)
        {
            return [];
        }
        return [.. links.Select(l => new PartitionFault(at, length, l.From, l.To, l.OneWay))];
    }

    private IReadOnlyList<LinkTarget>? ReadShape(FaultEntry fault)
    {
        var shape = fault.Reader.Require("shape") is { } s ? values.Choice(s, "partition shape", Shapes, []) : null;
        var regionsNode = fault.Reader.Require("regions");
        var regions = regionsNode is null ? null : targets.RegionList(regionsNode, "regions");
        if (shape is null || regions is null)
        {
            return null;
        }
        switch (shape)
        {
            case Shape.Bridge when regions.Count != 3:
                diagnostics.Add(regionsNode!.Start, $"a bridge takes three regions [a, b, c] (a and c cut apart, b still reaching both), found {regions.Count}");
                return null;
            case Shape.Bridge:
                return [new LinkTarget(regions[0], regions[2], OneWay: false)];
            case Shape.MajoritiesRing when regions.Count < MinRingRegions:
                diagnostics.Add(regionsNode!.Start,
                    $"a majorities-ring takes at least {MinRingRegions} regions (with 3, every region neighbours both others and nothing is cut), found {regions.Count}");
                return null;
            default:
                return RingCuts(regions);
        }
    }

    // Each region keeps its links to its two ring neighbours; every other pair is cut both ways.
    private static List<LinkTarget> RingCuts(IReadOnlyList<RegionId> ring)
    {
        var n = ring.Count;
        var cuts = new List<LinkTarget>();
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                if (b - a != 1 && b - a != n - 1)
                {
                    cuts.Add(new LinkTarget(ring[a], ring[b], OneWay: false));
                }
            }
        }
        return cuts;
    }
}
