using GeoSim.Core.Clocks;
using GeoSim.Core.Engine;
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
    private readonly IEventLog _events;
    private readonly List<RandomFaultProcess> _random = [];
    private readonly FaultWindows _windows;
    private readonly int[] _timelineWindow;
    private readonly int[] _randomWindow;

    public FaultInjector(ScenarioSpec scenario, Topology.Topology topology, Network network, PhysicalClock[] clocks,
        RandomStreams streams, IEventLog events)
    {
        _topology = topology;
        _network = network;
        _clocks = clocks;
        _events = events;
        _windows = new FaultWindows(topology);
        Timeline = scenario.Faults.Where(f => f is not RandomPartitionsFault and not RandomOutagesFault).ToArray();
        for (var i = 0; i < scenario.Faults.Count; i++)
        {
            _random.AddRange(RandomFaultProcess.For(scenario.Faults[i], i, topology, streams, scenario.Duration));
        }
        _timelineWindow = new int[Timeline.Count];
        _randomWindow = new int[_random.Count];
    }

    /// <summary>The scheduled faults, in scenario order (an event's index refers to this list).</summary>
    public IReadOnlyList<FaultSpec> Timeline { get; }

    /// <summary>The random fault processes (an event's index refers to this list).</summary>
    public IReadOnlyList<RandomFaultProcess> RandomProcesses => _random;

    /// <summary>
    /// When the fault that cut <paramref name="oldPrimary"/> off from <paramref name="successor"/>
    /// started (long.MinValue: none): an outage of the old primary, a partition, slow or lossy link
    /// between their regions, an isolation of either region. RPO and RTO are measured from there.
    /// </summary>
    public long CutOffSince(NodeId oldPrimary, NodeId successor, long now) => _windows.CutOffSince(oldPrimary, successor, now);

    /// <summary>Starts or ends timeline fault <paramref name="index"/>; true when it ended something that may let held streams resume.</summary>
    public bool Apply(int index, bool start, long now)
    {
        var fault = Timeline[index];
        var delta = start ? 1 : -1;
        if (start)
        {
            _timelineWindow[index] = OpenWindow(fault, now);
        }
        else
        {
            CloseWindow(_timelineWindow[index], now);
        }
        switch (fault)
        {
            case PartitionFault p:
                ChangePartition(p.From, p.To, p.OneWay, delta);
                Log(now, start, PairScope(p.From, p.To, p.OneWay), fault.Type, fault.For);
                break;
            case IsolateFault iso:
                for (var r = 0; r < _topology.RegionCount; r++)
                {
                    if (r != iso.Region.Index)
                    {
                        ChangePartition(iso.Region, new RegionId(r), oneWay: false, delta);
                    }
                }
                Log(now, start, _topology.RegionName(iso.Region), fault.Type, fault.For);
                break;
            case OutageFault outage:
                foreach (var node in NodesOf(outage.Region, outage.Node))
                {
                    _network.ChangeOutage(node, delta);
                }
                Log(now, start, NodeScope(outage.Region, outage.Node), fault.Type, fault.For);
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
                _events.Add(now, "clock-jump", NodeScope(jump.Region, jump.Node), $"clock-jump by {jump.By}");
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
            _randomWindow[index] = process.Pair is { } cut
                ? _windows.OpenLink(cut.A, cut.B, now)
                : _windows.OpenOutage(process.Region, null, now);
        }
        else
        {
            _windows.Close(_randomWindow[index], now);
        }
        if (process.Pair is { } pair)
        {
            ChangePartition(pair.A, pair.B, oneWay: false, delta);
        }
        else
        {
            foreach (var node in NodesOf(process.Region, null))
            {
                _network.ChangeOutage(node, delta);
            }
        }
        var next = process.Toggle(now);
        Log(now, start, process.Scope, process.Type, start && next != long.MaxValue ? new SimDuration(next - now) : null);
        healed = !start;
        return next;
    }

    /// <summary>Returns the window's handle, or -1 for a fault that cuts nothing (a clock jump).</summary>
    private int OpenWindow(FaultSpec fault, long now) => fault switch
    {
        PartitionFault p => _windows.OpenLink(p.From, p.To, now),
        SlowLinkFault slow => _windows.OpenLink(slow.From, slow.To, now),
        LossyLinkFault lossy => _windows.OpenLink(lossy.From, lossy.To, now),
        OutageFault outage => _windows.OpenOutage(outage.Region, outage.Node, now),
        IsolateFault iso => _windows.OpenIsolation(iso.Region, now),
        _ => -1,
    };

    private void CloseWindow(int handle, long now)
    {
        if (handle >= 0)
        {
            _windows.Close(handle, now);
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

    private IEnumerable<Link> Links(RegionId from, RegionId to, bool oneWay)
    {
        yield return _network.LinkOf(from, to);
        if (!oneWay)
        {
            yield return _network.LinkOf(to, from);
        }
    }

    private IEnumerable<NodeId> NodesOf(RegionId region, int? node) =>
        node is { } n
            ? [_topology.NodeIn(region, n)]
            : Enumerable.Range(0, _topology.NodesIn(region)).Select(i => _topology.NodeIn(region, i));

    // "a" for a whole region, "a/0" for one node of it.
    private string NodeScope(RegionId region, int? node) => node is { } n ? $"{_topology.RegionName(region)}/{n}" : _topology.RegionName(region);

    private string PairScope(RegionId from, RegionId to, bool oneWay) =>
        oneWay ? _topology.PairName(from, to) : $"{_topology.RegionName(from)}<->{_topology.RegionName(to)}";

    private void Log(long now, bool start, string scope, string type, SimDuration? window)
    {
        var detail = start && window is { Nanos: > 0 } w ? $"{type} for {w}" : type;
        _events.Add(now, start ? "fault-start" : "fault-end", scope, detail);
    }
}
