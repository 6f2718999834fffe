using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Player;

/// <summary>
/// The state of every directed link <c>a-&gt;b</c> over the run, from its fault windows:
/// <c>partitioned</c> while a partition (both ways, or this one way), an isolation of either end or
/// a random partition cuts it; else <c>lossy</c> while a lossy-link fault acts on it; else
/// <c>slow</c> while a slow-link fault does; else <c>up</c>. Overlapping faults are counted, so a
/// link heals only when the last one ends. An outage takes a region down, not its links.
/// </summary>
internal static class LinkTimeline
{
    public static IReadOnlyList<string> Names(IReadOnlyList<string> regions) =>
        regions.SelectMany(a => regions.Where(b => b != a).Select(b => $"{a}->{b}")).ToList();

    /// <summary>One list of changes per link of <see cref="Names"/>, in that order, each starting at 0 s with <c>up</c>.</summary>
    public static IReadOnlyList<IReadOnlyList<StateChange>> For(RunResult result, IReadOnlyList<string> regions)
    {
        var links = Names(regions);
        var index = links.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var counts = new int[links.Count, 3];
        var changes = links.Select(_ => new List<StateChange> { new(0, "up") }).ToArray();
        foreach (var fault in StateChange.InTimeOrder(result).Select(FaultEvent.From).OfType<FaultEvent>())
        {
            if (Column(fault.Type) is not { } column)
            {
                continue;
            }
            var delta = fault.Start ? 1 : -1;
            foreach (var link in Affected(fault, regions))
            {
                if (!index.TryGetValue(link, out var i))
                {
                    continue;
                }
                counts[i, column] += delta;
                var state = counts[i, 0] > 0 ? "partitioned" : counts[i, 1] > 0 ? "lossy" : counts[i, 2] > 0 ? "slow" : "up";
                StateChange.Append(changes[i], new StateChange(fault.TimeSeconds, state));
            }
        }
        return changes;
    }

    private static int? Column(string type) => type switch
    {
        "partition" or "isolate" or "random-partitions" => 0,
        "lossy-link" => 1,
        "slow-link" => 2,
        _ => null,
    };

    private static IEnumerable<string> Affected(FaultEvent fault, IReadOnlyList<string> regions)
    {
        if (fault.Type == "isolate")
        {
            foreach (var other in regions.Where(r => r != fault.Region))
            {
                yield return $"{fault.Region}->{other}";
                yield return $"{other}->{fault.Region}";
            }
        }
        else if (fault.Other is { } other)
        {
            yield return $"{fault.Region}->{other}";
            if (!fault.OneWay)
            {
                yield return $"{other}->{fault.Region}";
            }
        }
    }
}
