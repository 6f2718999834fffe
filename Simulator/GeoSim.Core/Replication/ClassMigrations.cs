using GeoSim.Core.Checkers;
using GeoSim.Core.Engine;
using GeoSim.Core.Faults;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication;

/// <summary>
/// Carries out the timeline's <c>migrate</c> actions. At its start a migration widens the class's
/// regions to the new ones, so writes reach the joining nodes from then on, and sends each joining
/// data node a copy of the class from the nearest node that gives copies (a primary, any
/// multi-master node), in chunks of at most <see cref="ChunkBytes"/> of values: all at once, or one every
/// chunk's bytes over the migration's <c>rate</c>. When every joining node has installed every
/// chunk, it cuts over: the class is held and served in its new regions only, and the nodes
/// outside them drop it. A copy lost with a crash of its sender or receiver is sent again from its
/// first chunk not installed; that is checked every <see cref="RetryNanos"/>.
/// </summary>
internal sealed class ClassMigrations
{
    private const int Start = 0;
    private const int Check = 1;
    private const int Pace = 2;

    /// <summary>How many event kinds, from the base the run gives, this part uses.</summary>
    public const int EventKinds = 3;

    private const long RetryNanos = 1_000_000_000;

    /// <summary>A copy's chunk (256 KiB): big enough that headers do not matter, small enough that traffic behind one on a thin link waits little.</summary>
    private const int ChunkBytes = 256 * 1024;

    private readonly Scheduler _scheduler;
    private readonly Topology.Topology _topology;
    private readonly Network _network;
    private readonly NodeLifecycle _lifecycle;
    private readonly Cluster _cluster;
    private readonly Residency _residency;
    private readonly ResidencyChecker? _checker;
    private readonly MigrationMeasures _measures;
    private readonly IEventLog _events;
    private readonly IReadOnlyList<MigrationSpec> _migrations;
    private readonly IReadOnlyList<DataClassSpec> _classes;
    private readonly Func<NodeId, bool> _holdsData;
    private readonly int _kindBase;
    private readonly int _chunkKeys;
    private readonly int _valueBytes;
    private readonly IReadOnlyList<RegionId>?[] _regions;
    private readonly int[] _activeOf;
    private readonly List<Copy>[] _copies;

    public ClassMigrations(Scheduler scheduler, Topology.Topology topology, Network network, NodeLifecycle lifecycle, Cluster cluster,
        Residency residency, ResidencyChecker? checker, MigrationMeasures measures, IEventLog events, ScenarioSpec scenario,
        Func<NodeId, bool> holdsData, int kindBase)
    {
        (_scheduler, _topology, _network, _lifecycle, _cluster) = (scheduler, topology, network, lifecycle, cluster);
        (_residency, _checker, _measures, _events) = (residency, checker, measures, events);
        (_migrations, _classes, _holdsData, _kindBase) = (scenario.Migrations, scenario.DataClasses, holdsData, kindBase);
        _valueBytes = scenario.Workload.ValueSizeBytes;
        _chunkKeys = Math.Max(1, ChunkBytes / Math.Max(1, _valueBytes));
        _regions = [.. _classes.Select(c => c.Residency)];
        _activeOf = [.. _classes.Select(_ => -1)];
        _copies = [.. _migrations.Select(_ => new List<Copy>())];
        cluster.CopyInstalled = OnCopyInstalled;
    }

    public void Schedule()
    {
        for (var m = 0; m < _migrations.Count; m++)
        {
            _scheduler.At(_migrations[m].At.Nanos, _kindBase + Start, m, 0);
        }
    }

    public void Handle(in Event ev)
    {
        switch (ev.Kind - _kindBase)
        {
            case Start:
                Begin(ev.Target);
                break;
            case Check:
                CheckCopies(ev.Target);
                break;
            case Pace:
                SendChunks(ev.Target, paced: true);
                break;
            default:
                throw new InvalidOperationException($"unknown migration event kind {ev.Kind}");
        }
    }

    private void Begin(int m)
    {
        var migration = _migrations[m];
        var dataClass = _classes[migration.Class];
        _activeOf[migration.Class] = m;
        var chunks = (dataClass.EndKey - dataClass.FirstKey + _chunkKeys - 1) / _chunkKeys;
        foreach (var node in DataNodes().Where(n => !Serves(dataClass, n) && migration.To.Contains(_topology.RegionOf(n))))
        {
            _copies[m].Add(new Copy(node, chunks));
        }
        _residency.Widen(migration.Class, migration.To);
        _regions[migration.Class] = _regions[migration.Class] is { } old ? [.. old.Union(migration.To)] : null;
        _checker?.Allow(migration.Class, _regions[migration.Class]);
        _events.Add(_scheduler.Now, "migration", "", $"{dataClass.Name}: moving to {Names(migration.To)}; copying to {_copies[m].Count} node(s)");
        if (_copies[m].Count == 0)
        {
            CutOver(m);
            return;
        }
        SendChunks(m, paced: false);
        _scheduler.After(RetryNanos, _kindBase + Check, m, 0);
    }

    /// <summary>
    /// Gives every joining node without a live sender one, from its first chunk not installed; then
    /// sends what is due: every chunk left, or with a rate the next chunk of each copy, the next
    /// after that a chunk's time later.
    /// </summary>
    private void SendChunks(int m, bool paced)
    {
        var migration = _migrations[m];
        if (_activeOf[migration.Class] != m)
        {
            return;
        }
        var dataClass = _classes[migration.Class];
        var rate = migration.RateBitsPerSecond;
        if (rate is not null && !paced)
        {
            // The first chunks leave now; the pace takes over from here.
            _scheduler.At(_scheduler.Now, _kindBase + Pace, m, 0);
            return;
        }
        foreach (var copy in _copies[m].Where(c => !c.Done))
        {
            if (!HasLiveSender(copy))
            {
                if (Source(dataClass, copy.Node) is not { } source)
                {
                    continue;
                }
                (copy.Source, copy.SourceIncarnation, copy.NodeIncarnation, copy.Sent) = (source, _lifecycle.Incarnation(source), _lifecycle.Incarnation(copy.Node), copy.Installed);
            }
            do
            {
                if (copy.Sent >= copy.Chunks)
                {
                    break;
                }
                var first = dataClass.FirstKey + copy.Sent * _chunkKeys;
                var keys = dataClass with { FirstKey = first, EndKey = Math.Min(dataClass.EndKey, first + _chunkKeys) };
                _measures.OnCopySent(m, _cluster.SendCopy(copy.Source!.Value, copy.Node, new CopyPart(keys, migration.Class, copy.Sent)));
                copy.Sent++;
            }
            while (rate is null);
        }
        if (rate is { } bitsPerSecond && _copies[m].Any(c => !c.Done))
        {
            // Capped far past any run: a pace too slow to finish must not overflow the clock.
            var chunkNanos = Math.Min(1e18, Math.Ceiling((Network.ControlMessageBytes + (double)_chunkKeys * _valueBytes) * 8 / bitsPerSecond * 1e9));
            _scheduler.After(Math.Max(1, (long)chunkNanos), _kindBase + Pace, m, 0);
        }
    }

    /// <summary>Every second while copies are under way: a copy whose sender or receiver crashed is sent again.</summary>
    private void CheckCopies(int m)
    {
        if (_activeOf[_migrations[m].Class] != m)
        {
            return;
        }
        if (_migrations[m].RateBitsPerSecond is null)
        {
            SendChunks(m, paced: false);
        }
        _scheduler.After(RetryNanos, _kindBase + Check, m, 0);
    }

    private bool HasLiveSender(Copy copy) => copy.Source is { } sent && _lifecycle.Incarnation(sent) == copy.SourceIncarnation && _lifecycle.IsUp(sent)
        && _lifecycle.Incarnation(copy.Node) == copy.NodeIncarnation;

    private void OnCopyInstalled(NodeId node, int dataClass, int chunk)
    {
        if (_activeOf[dataClass] is var m and >= 0 && _copies[m].FirstOrDefault(c => c.Node == node && !c.Done) is { } copy && chunk == copy.Installed)
        {
            copy.Installed++;
            if (_copies[m].All(c => c.Done))
            {
                CutOver(m);
            }
        }
    }
    private void CutOver(int m)
    {
        var migration = _migrations[m];
        if (_activeOf[migration.Class] != m)
        {
            return;
        }
        var dataClass = _classes[migration.Class];
        var leaving = DataNodes().Where(n => Serves(dataClass, n) && !migration.To.Contains(_topology.RegionOf(n))).ToArray();
        _residency.CutOver(migration.Class, migration.To);
        _regions[migration.Class] = migration.To;
        _checker?.Allow(migration.Class, migration.To);
        foreach (var node in leaving)
        {
            _cluster.OnClassLeft(node, dataClass);
        }
        _activeOf[migration.Class] = -1;
        _measures.OnCutOver(m, _scheduler.Now);
        var dropped = leaving.Length == 0 ? "" : $"; dropped at {string.Join(", ", leaving.Select(_topology.NodeName))}";
        _events.Add(_scheduler.Now, "migration-cut-over", "", FormattableString.Invariant(
            $"{dataClass.Name}: served from {Names(migration.To)} after {(_scheduler.Now - migration.At.Nanos) / 1e9:0.###} s{dropped}"));
    }

    /// <summary>The nearest node, by mean latency to <paramref name="to"/>, that serves the class and gives copies now.</summary>
    private NodeId? Source(DataClassSpec dataClass, NodeId to)
    {
        NodeId? best = null;
        var bestNanos = double.MaxValue;
        foreach (var node in DataNodes().Where(n => Serves(dataClass, n) && _cluster.GivesCopies(n)))
        {
            var nanos = _network.MeanLatencyNanos(_topology.RegionOf(node), _topology.RegionOf(to));
            if (nanos < bestNanos)
            {
                (best, bestNanos) = (node, nanos);
            }
        }
        return best;
    }

    private bool Serves(DataClassSpec dataClass, NodeId node) => _residency.Serves(dataClass.FirstKey, node);

    private IEnumerable<NodeId> DataNodes() => Enumerable.Range(0, _topology.NodeCount).Select(n => new NodeId(n)).Where(_holdsData);

    private string Names(IEnumerable<RegionId> regions) => string.Join(", ", regions.Select(_topology.RegionName));

    /// <summary>A joining node's copy: its chunks sent and installed, where they are sent from, and the incarnations they are sent between.</summary>
    private sealed class Copy(NodeId node, int chunks)
    {
        public NodeId Node { get; } = node;
        public int Chunks { get; } = chunks;
        public int Sent { get; set; }
        public int Installed { get; set; }
        public NodeId? Source { get; set; }
        public int SourceIncarnation { get; set; }
        public int NodeIncarnation { get; set; }
        public bool Done => Installed == Chunks;
    }
}
