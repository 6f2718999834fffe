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
/// multi-master node). When every joining node has installed its copy, it cuts over: the class is
/// held and served in its new regions only, and the nodes outside them drop it. A copy lost with a
/// crash of its sender or receiver is sent again; that is checked every <see cref="RetryNanos"/>.
/// </summary>
internal sealed class ClassMigrations
{
    private const int Start = 0;
    private const int Check = 1;

    /// <summary>How many event kinds, from the base the run gives, this part uses.</summary>
    public const int EventKinds = 2;

    private const long RetryNanos = 1_000_000_000;

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
                SendCopies(ev.Target);
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
        foreach (var node in DataNodes().Where(n => !Serves(dataClass, n) && migration.To.Contains(_topology.RegionOf(n))))
        {
            _copies[m].Add(new Copy(node));
        }
        _residency.Widen(migration.Class, migration.To);
        _regions[migration.Class] = _regions[migration.Class] is { } old ? [.. old.Union(migration.To)] : null;
        _checker?.Allow(migration.Class, _regions[migration.Class]);
        _events.Add(_scheduler.Now, "migration", "", $"{dataClass.Name}: moving to {Names(migration.To)}; copying to {_copies[m].Count} node(s)");
        SendCopies(m);
    }

    /// <summary>Sends a copy to every joining node that has none on its way, then checks again later; cuts over when all are in.</summary>
    private void SendCopies(int m)
    {
        var migration = _migrations[m];
        var dataClass = _classes[migration.Class];
        var waiting = false;
        foreach (var copy in _copies[m].Where(c => !c.Installed))
        {
            waiting = true;
            if (copy.Source is { } sent && _lifecycle.Incarnation(sent) == copy.SourceIncarnation && _lifecycle.IsUp(sent)
                && _lifecycle.Incarnation(copy.Node) == copy.NodeIncarnation)
            {
                continue;
            }
            if (Source(dataClass, copy.Node) is { } source)
            {
                _measures.OnCopySent(m, _cluster.SendCopy(source, copy.Node, dataClass, migration.Class));
                (copy.Source, copy.SourceIncarnation, copy.NodeIncarnation) = (source, _lifecycle.Incarnation(source), _lifecycle.Incarnation(copy.Node));
            }
        }
        if (waiting)
        {
            _scheduler.After(RetryNanos, _kindBase + Check, m, 0);
        }
        else
        {
            CutOver(m);
        }
    }

    private void OnCopyInstalled(NodeId node, int dataClass)
    {
        if (_activeOf[dataClass] is var m and >= 0 && _copies[m].FirstOrDefault(c => c.Node == node && !c.Installed) is { } copy)
        {
            copy.Installed = true;
            if (_copies[m].All(c => c.Installed))
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

    /// <summary>A joining node's copy: where it was last sent from, and the incarnations it was sent between.</summary>
    private sealed class Copy(NodeId node)
    {
        public NodeId Node { get; } = node;
        public NodeId? Source { get; set; }
        public int SourceIncarnation { get; set; }
        public int NodeIncarnation { get; set; }
        public bool Installed { get; set; }
    }
}
