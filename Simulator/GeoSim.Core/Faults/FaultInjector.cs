using GeoSim.Core.Clocks;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Faults;

/// <summary>
/// Applies the fault timeline and the random background faults to the network and the nodes, and
/// writes a row to the event log at every start and end. It decides nothing else: what a fault
/// means for a message is the network's business.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Topology.Topology _topology;
    private readonly Network _network;
    private readonly PhysicalClock[] _clocks;
    private readonly List<RunEvent> _events;
    private readonly List<RandomFaultProcess> _random = [];
    private readonly long[] _lastStartAt;

    public FaultInjector(ScenarioSpec scenario, Topology.Topology topology, Network network, PhysicalClock[] clocks,
        RandomStreams streams, List<RunEvent> events)
    {
        _topology = topology;
        _network = network;
        _clocks = clocks;
        _events = events;
        _lastStartAt = new long[topology.RegionCount];
        Array.Fill(_lastStartAt, long.MinValue);
        Timeline = scenario.Faults.Where(f => f is not RandomPartitionsFault and not RandomOutagesFault).ToArray();
        for (var i = 0; i < scenario.Faults.Count; i++)
        {
            _random.AddRange(RandomFaultProcess.For(scenario.Faults[i], i, topology, streams, scenario.Duration));
        }
    }

    /// <summary>The scheduled faults, in scenario order (an event's index refers to this list).</summary>
    public IReadOnlyList<FaultSpec> Timeline { get; }

    /// <summary>The random fault processes (an event's index refers to this list).</summary>
    public IReadOnlyList<RandomFaultProcess> RandomProcesses => _random;

    /// <summary>
    /// When the latest fault that touched <paramref name="region"/> started (long.MinValue: none):
    /// an outage in it, a partition, slow or lossy link at one of its ends, any isolation. Recovery
    /// time is measured from there.
    /// </summary>
    public long LastStartAt(RegionId region) => _lastStartAt[region.Index];

    /// <summary>Starts or ends timeline fault <paramref name="index"/>; true when it ended something that may let held streams resume.</summary>
    public bool Apply(int index, bool start, long now)
    {
        var fault = Timeline[index];
        var delta = start ? 1 : -1;
        if (start)
        {
            MarkStart(fault, now);
        }
        switch (fault)
        {
            case PartitionFault p:
                ChangePartition(Region(p.From), Region(p.To), p.OneWay, delta);
                Log(now, start, PairScope(p.From, p.To, p.OneWay), fault.Type, fault.For);
                break;
            case IsolateFault iso:
                var region = Region(iso.Region);
                for (var r = 0; r < _topology.RegionCount; r++)
                {
                    if (r != region.Index)
                    {
                        ChangePartition(region, new RegionId(r), oneWay: false, delta);
                    }
                }
                Log(now, start, iso.Region, fault.Type, fault.For);
                break;
            case OutageFault outage:
                foreach (var node in NodesOf(outage.Region, outage.Node))
                {
                    _network.ChangeOutage(node, delta);
                }
                Log(now, start, outage.Node is { } n ? $"{outage.Region}/{n}" : outage.Region, fault.Type, fault.For);
                break;
            case SlowLinkFault slow:
                foreach (var link in Links(slow.From, slow.To, slow.OneWay))
                {
                    link.LatencyOverride = start ? slow.Latency : null;
                    link.ExtraLatency = start ? slow.Add : null;
                }
                Log(now, start, PairScope(slow.From, slow.To, slow.OneWay), fault.Type, fault.For);
                break;
            case LossyLinkFault lossy:
                foreach (var link in Links(lossy.From, lossy.To, lossy.OneWay))
                {
                    link.LossOverride = start ? lossy.Loss : null;
                }
                Log(now, start, PairScope(lossy.From, lossy.To, lossy.OneWay), fault.Type, fault.For);
                break;
            case ClockJumpFault jump:
                foreach (var node in NodesOf(jump.Region, jump.Node))
                {
                    _clocks[node.Index].Jump(now, jump.By.Nanos);
                }
                _events.Add(new RunEvent(now / 1e9, "clock-jump", jump.Node is { } j ? $"{jump.Region}/{j}" : jump.Region, $"clock-jump by {jump.By}"));
                break;
            default:
                throw new InvalidOperationException($"no injector for fault {fault.Type}");
        }
        return !start;
    }

    /// <summary>Toggles random process <paramref name="index"/>; returns when it toggles next (long.MaxValue: never).</summary>
    public long ToggleRandom(int index, long now, out bool healed)
    {
        var process = _random[index];
        var start = !process.Down;
        var delta = start ? 1 : -1;
        if (start)
        {
            if (process.Pair is { } cut)
            {
                _lastStartAt[cut.A.Index] = _lastStartAt[cut.B.Index] = now;
            }
            else
            {
                _lastStartAt[process.Region.Index] = now;
            }
        }
        if (process.Pair is { } pair)
        {
            ChangePartition(pair.A, pair.B, oneWay: false, delta);
        }
        else
        {
            foreach (var node in NodesOf(_topology.RegionName(process.Region), null))
            {
                _network.ChangeOutage(node, delta);
            }
        }
        var next = process.Toggle(now);
        Log(now, start, process.Scope, process.Type, start && next != long.MaxValue ? new SimDuration(next - now) : null);
        healed = !start;
        return next;
    }

    private void MarkStart(FaultSpec fault, long now)
    {
        string[] touched = fault switch
        {
            PartitionFault p => [p.From, p.To],
            SlowLinkFault slow => [slow.From, slow.To],
            LossyLinkFault lossy => [lossy.From, lossy.To],
            OutageFault outage => [outage.Region],
            IsolateFault => [.. _topology.RegionNames],
            _ => [],
        };
        foreach (var name in touched)
        {
            _lastStartAt[Region(name).Index] = now;
        }
    }

    private void ChangePartition(RegionId a, RegionId b, bool oneWay, int delta)
    {
        _network.LinkOf(a, b).Partitions += delta;
        if (!oneWay)
        {
            _network.LinkOf(b, a).Partitions += delta;
        }
    }

    private IEnumerable<Link> Links(string from, string to, bool oneWay)
    {
        yield return _network.LinkOf(Region(from), Region(to));
        if (!oneWay)
        {
            yield return _network.LinkOf(Region(to), Region(from));
        }
    }

    private IEnumerable<NodeId> NodesOf(string regionName, int? node)
    {
        var region = Region(regionName);
        return node is { } n
            ? [_topology.NodeIn(region, n)]
            : Enumerable.Range(0, _topology.NodesIn(region)).Select(i => _topology.NodeIn(region, i));
    }

    private RegionId Region(string name) => _topology.Region(name);

    private static string PairScope(string from, string to, bool oneWay) => oneWay ? $"{from}->{to}" : $"{from}<->{to}";

    private void Log(long now, bool start, string scope, string type, SimDuration? window)
    {
        var detail = start && window is { Nanos: > 0 } w ? $"{type} for {w}" : type;
        _events.Add(new RunEvent(now / 1e9, start ? "fault-start" : "fault-end", scope, detail));
    }
}
