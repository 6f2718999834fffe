using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections.Faults;

/// <summary>
/// Rejects two slow-link faults, or two lossy-link faults, acting on one direction of a link in
/// overlapping windows: a link direction holds a single latency override and a single loss
/// override, so the second would replace the first and the first's end would clear the second.
/// Overlapping partitions are fine (they are counted, and the link heals when the last one ends).
/// </summary>
internal sealed class LinkOverlapChecker(Diagnostics diagnostics, RegionIndex regions)
{
    private readonly List<(FaultSpec Fault, SourcePosition Position)> _accepted = [];

    /// <param name="position">Where the fault is written; an overlap is reported there.</param>
    public void Check(FaultSpec fault, SourcePosition position)
    {
        if (Directions(fault) is not { } directions)
        {
            return;
        }
        foreach (var (earlier, earlierPosition) in _accepted)
        {
            if (earlier.Type != fault.Type || earlier.At >= fault.At + fault.For || fault.At >= earlier.At + earlier.For)
            {
                continue;
            }
            if (Directions(earlier)!.Where(directions.Contains).Take(1).ToList() is [var (from, to)])
            {
                diagnostics.Add(position,
                    $"this {fault.Type} overlaps the {fault.Type} at line {earlierPosition.Line} on {regions.Name(from)} -> {regions.Name(to)}; a link direction takes one {fault.Type} at a time");
                return;
            }
        }
        _accepted.Add((fault, position));
    }

    private static List<(RegionId From, RegionId To)>? Directions(FaultSpec fault) => fault switch
    {
        SlowLinkFault s => Directions(s.From, s.To, s.OneWay),
        LossyLinkFault l => Directions(l.From, l.To, l.OneWay),
        _ => null,
    };

    private static List<(RegionId, RegionId)> Directions(RegionId from, RegionId to, bool oneWay) => oneWay ? [(from, to)] : [(from, to), (to, from)];
}
