using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Faults;

/// <summary>
/// One background fault source (a region pair for random partitions, a region for random
/// outages): up for an MTBF draw, down for an MTTR draw, and so on, within its window. Each
/// draws from its own named random stream, so adding a pair or a strategy shifts nothing else.
/// </summary>
internal sealed class RandomFaultProcess
{
    private readonly Distribution _mtbf;
    private readonly Distribution _mttr;
    private readonly RandomStream _rng;
    private readonly long _end;

    private RandomFaultProcess(string type, string scope, Distribution mtbf, Distribution mttr, RandomStream rng, long start, long end)
    {
        Type = type;
        Scope = scope;
        _mtbf = mtbf;
        _mttr = mttr;
        _rng = rng;
        _end = end;
        FirstToggle = Next(start, _mtbf);
    }

    public string Type { get; }
    public string Scope { get; }

    /// <summary>The region pair this process partitions, or null for an outage process.</summary>
    public RegionPair? Pair { get; private init; }

    /// <summary>The region this process takes down (outage processes).</summary>
    public RegionId Region { get; private init; }

    public bool Down { get; private set; }

    /// <summary>When the first failure starts (long.MaxValue: not within the window).</summary>
    public long FirstToggle { get; }

    /// <summary>Flips between up and down; returns when the next flip is due (long.MaxValue: never).</summary>
    public long Toggle(long now)
    {
        Down = !Down;
        if (Down)
        {
            return Math.Min(now + Draw(_mttr), _end);
        }
        return Next(now, _mtbf);
    }

    public static IEnumerable<RandomFaultProcess> For(FaultSpec fault, int index, Topology.Topology topology, RandomStreams streams, SimDuration duration)
    {
        var start = fault.At.Nanos;
        var end = Math.Min(fault.At.Nanos + fault.For.Nanos, duration.Nanos);
        switch (fault)
        {
            case RandomPartitionsFault partitions:
                foreach (var pair in partitions.Pairs ?? AllPairs(topology.RegionCount))
                {
                    var scope = $"{topology.RegionName(pair.A)}<->{topology.RegionName(pair.B)}";
                    yield return new RandomFaultProcess(fault.Type, scope, partitions.Mtbf, partitions.Mttr,
                        streams.Get($"faults/{index}/{scope}"), start, end) { Pair = pair };
                }
                break;
            case RandomOutagesFault outages:
                foreach (var region in outages.Regions ?? Enumerable.Range(0, topology.RegionCount).Select(r => new RegionId(r)))
                {
                    var scope = topology.RegionName(region);
                    yield return new RandomFaultProcess(fault.Type, scope, outages.Mtbf, outages.Mttr,
                        streams.Get($"faults/{index}/{scope}"), start, end) { Region = region };
                }
                break;
        }
    }

    private long Next(long now, Distribution gap)
    {
        var next = now + Draw(gap);
        return next < _end ? next : long.MaxValue;
    }

    private long Draw(Distribution d) => Math.Max(1, d.SampleDuration(_rng).Nanos);

    private static IEnumerable<RegionPair> AllPairs(int regions)
    {
        for (var a = 0; a < regions; a++)
        {
            for (var b = a + 1; b < regions; b++)
            {
                yield return new RegionPair(new RegionId(a), new RegionId(b));
            }
        }
    }
}
