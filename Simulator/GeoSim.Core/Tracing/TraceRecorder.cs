using System.Globalization;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Tracing;

/// <summary>
/// Records a run's timeline for <see cref="TraceLog"/> when tracing is on; the run's parts call it
/// behind a null check, so a run without a trace pays nothing else. Messages and ops are drawn by
/// <see cref="TraceDraw"/>; an op is kept only when no other kept op is open on its node, so the
/// op slices of one node never overlap. Elections, node events and run events are always kept.
/// </summary>
internal sealed class TraceRecorder : ITraceSink
{
    private readonly TraceSettings _settings;
    private readonly long _seed;
    private readonly Topology.Topology _topology;
    private readonly List<TraceEntry> _entries = [];
    private readonly bool[] _opOpen;
    private readonly long[] _electionFrom;
    private readonly string[] _electionName;
    private long _limit;
    private long _opsStarted;
    private long _messagesDelivered;

    public TraceRecorder(TraceSettings settings, long seed, Topology.Topology topology)
    {
        _settings = settings;
        _seed = seed;
        _topology = topology;
        _limit = TraceDraw.Limit(settings.Sample);
        _opOpen = new bool[topology.NodeCount];
        _electionFrom = Enumerable.Repeat(-1L, topology.NodeCount).ToArray();
        _electionName = new string[topology.NodeCount];
    }

    public long OnOpStart(NodeId node)
    {
        var draw = TraceDraw.Of(_seed, ~_opsStarted++);
        if (draw >= _limit || _opOpen[node.Index])
        {
            return -1;
        }
        _opOpen[node.Index] = true;
        return draw;
    }

    public void OnOpEnd(NodeId node, long draw, OpKind kind, long issuedAt, long now, bool success)
    {
        _opOpen[node.Index] = false;
        if (draw < _limit)
        {
            Add(new TraceEntry(TraceEntryKind.Op, issuedAt, now, node.Index, -1, kind == OpKind.Write ? "write" : "read",
                success ? "ok" : "timeout", 0, draw));
        }
    }

    public void OnMessage(NodeId from, NodeId to, long sentAt, long now, long number, bool stream)
    {
        _messagesDelivered++;
        var draw = TraceDraw.Of(_seed, number);
        if (draw < _limit)
        {
            Add(new TraceEntry(TraceEntryKind.Message, sentAt, now, from.Index, to.Index, stream ? "stream" : "datagram", "", number, draw));
        }
    }

    /// <summary>A node campaigns or announces itself: an election starts at it unless one is already open there.</summary>
    public void OnElectionStart(NodeId node, long now, string what, long number)
    {
        if (_electionFrom[node.Index] < 0)
        {
            _electionFrom[node.Index] = now;
            _electionName[node.Index] = string.Create(CultureInfo.InvariantCulture, $"{what} {number}");
        }
    }

    /// <summary>The node's election, if one is open, is over (won, or another node leads).</summary>
    public void OnElectionEnd(NodeId node, long now, string outcome)
    {
        var from = _electionFrom[node.Index];
        if (from >= 0)
        {
            _electionFrom[node.Index] = -1;
            Add(new TraceEntry(TraceEntryKind.Election, from, now, node.Index, -1, _electionName[node.Index], outcome, 0, 0));
        }
    }

    public void OnNodeEvent(NodeId node, long now, string kind, string detail) =>
        Add(new TraceEntry(TraceEntryKind.NodeEvent, now, now, node.Index, -1, kind, detail, 0, 0));

    public void OnRunEvent(long now, string kind, string scope, string detail) =>
        Add(new TraceEntry(TraceEntryKind.RunEvent, now, now, -1, -1, kind, detail, 0, 0) { Scope = scope });

    /// <summary>The run ended: elections still open end here; ops still waiting are left out.</summary>
    public TraceLog Finish(long now)
    {
        for (var n = 0; n < _electionFrom.Length; n++)
        {
            OnElectionEnd(new NodeId(n), now, "open at the end");
        }
        var nodes = Enumerable.Range(0, _topology.NodeCount).Select(n => new NodeId(n)).ToArray();
        return new TraceLog(_topology.RegionNames, nodes.Select(n => _topology.RegionOf(n).Index).ToArray(),
            nodes.Select(_topology.NodeName).ToArray(), _entries.ToArray(), _settings.Sample,
            Math.Min(_settings.Sample, (double)_limit / TraceDraw.Range), _messagesDelivered);
    }

    private void Add(in TraceEntry entry)
    {
        _entries.Add(entry);
        // Halving the share keeps exactly the entries the lower share would have drawn; the
        // entries always kept (draw 0) stay whatever the share.
        while (_entries.Count > _settings.MaxEntries && _limit > 1)
        {
            _limit /= 2;
            _entries.RemoveAll(e => e.Draw >= _limit);
        }
    }
}
