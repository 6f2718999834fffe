using GeoSim.Core.Checkers;
using GeoSim.Core.Clocks;
using GeoSim.Core.Engine;
using GeoSim.Core.Faults;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using GeoSim.Core.Tracing;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Run;

/// <summary>
/// One run of one strategy on a scenario: builds the parts of the world, starts them, and hands
/// each event to the part that owns its kind. The parts own all mutable state of the run.
/// </summary>
public sealed class Simulation : IEventHandler
{
    // Each part's event kinds, from its base on.
    private const int ClientKinds = 0;
    private const int QueryKinds = ClientKinds + ClientDriver.EventKinds;
    private const int TransportKinds = QueryKinds + QueryDriver.EventKinds;
    private const int FaultKinds = TransportKinds + Transport<Message>.EventKinds;
    private const int SampleKind = FaultKinds + FaultScheduler.EventKinds;
    private const int MigrationKinds = SampleKind + Sampler.EventKinds;
    private const int TimerKind = MigrationKinds + ClassMigrations.EventKinds;

    /// <summary>Events run between two progress reports: cheap to check, frequent enough for a terminal.</summary>
    private const long ProgressEveryEvents = 1 << 16;

    private readonly ScenarioSpec _scenario;
    private readonly StrategySpec _strategy;
    private readonly Scheduler _scheduler = new();
    private readonly MetricsRecorder _metrics;
    private readonly CommitLedger _ledger;
    private readonly EventLog _events = new();
    private readonly FailoverChecker _failover;
    private readonly NodeLifecycle _lifecycle;
    private readonly ClientDriver _clients;
    private readonly QueryDriver? _queries;
    private readonly Transport<Message> _transport;
    private readonly FaultScheduler _faults;
    private readonly Sampler _sampler;
    private readonly Cluster _cluster;
    private readonly TraceRecorder? _trace;
    private readonly ClassMigrations? _migrations;

    /// <param name="trace">What to record for the timeline view; null (the default) records nothing.</param>
    public Simulation(ScenarioSpec scenario, StrategySpec strategy, TraceSettings? trace = null)
    {
        _scenario = scenario;
        _strategy = strategy;
        var streams = new RandomStreams(scenario.Seed);
        var topology = new Topology.Topology(scenario.Regions);
        _trace = trace is null ? null : new TraceRecorder(trace, scenario.Seed, topology);
        var events = TracedEventLog.Wrap(_events, _trace);
        _metrics = new MetricsRecorder(topology, scenario.Metrics.Interval.Nanos, scenario.Duration.Nanos, scenario.Warmup.Nanos,
            strategy.DatalessRegions.ToArray(), strategy.Capabilities.HasFlag(StrategyCapabilities.ProbesReads) ? scenario.Metrics.TVisibility : null, scenario.Cost,
            scenario.Workload.Clients.Select(c => c.Timeout.Nanos).DefaultIfEmpty(0).Max());
        var network = new Network(topology, scenario.Network, streams.Get("network"), _metrics);
        _ledger = new CommitLedger(scenario.Workload.Keys, topology.NodeCount, DatalessNodes(topology, strategy));
        _clients = new ClientDriver(_scheduler, topology, network, scenario, streams.Get("workload"),
            region => EntryRegion(topology, network, region), ClientKinds) { Trace = _trace };
        AddStorage(scenario, topology, network, streams);
        if (scenario.Workload.Queries.Count > 0)
        {
            _metrics.ReportQueries(scenario.Workload.Queries);
            _queries = new QueryDriver(_scheduler, topology, network, scenario, streams.Get("queries"), _metrics.Queries!, QueryKinds);
        }
        _lifecycle = new NodeLifecycle(network, topology.NodeCount);
        _transport = new Transport<Message>(_scheduler, topology, network, _lifecycle, scenario.Network.ReconnectAfter.Nanos, TransportKinds,
            new WireFormat(strategy.Wire, scenario.Workload.ValueSizeBytes)) { Trace = _trace };
        var clocks = Enumerable.Range(0, topology.NodeCount).Select(n => CreateClock(scenario, topology, new NodeId(n), streams)).ToArray();
        var injector = new FaultInjector(scenario, topology, network, clocks, streams, events);
        foreach (var caption in scenario.Narrative)
        {
            _events.Add(new RunEvent(caption.At.TotalSeconds, "narrative", "", caption.Text));
        }
        _failover = new FailoverChecker(topology, network, injector, _metrics, events);
        if (scenario.DataClasses.Count > 0)
        {
            _metrics.Residency = new ResidencyChecker(scenario.DataClasses, topology, events);
        }
        var residency = new Residency(scenario.DataClasses, topology, _ledger, scenario.Migrations.Count > 0);
        var writes = new WriteTracker(_ledger, topology, _metrics, _failover, () => _scheduler.Now, events, _metrics.Residency,
            residency.Restricts ? (key, node) => residency.MayHold(key, new NodeId(node)) : null);
        var services = new NodeServices(_scheduler, topology, network, _transport, _clients, _ledger, writes,
            new FailoverTracker(_ledger, _failover, () => _scheduler.Now), _metrics, _events, clocks,
            scenario.Workload.ValueSizeBytes, streams) { Trace = _trace, Residency = residency };
        _cluster = new Cluster(strategy, services, _lifecycle, scenario.Workload.Keys, TimerKind);
        _transport.Receiver = _cluster;
        _clients.Nodes = _cluster;
        var canFailOver = strategy.Capabilities.HasFlag(StrategyCapabilities.FailsOver);
        var linearizable = strategy.Capabilities.HasFlag(StrategyCapabilities.Linearizable);
        var linearizability = linearizable ? new LinearizabilityChecker(scenario.Workload.Keys, scenario.Workload.Clients.Max(c => c.Timeout.Nanos)) : null;
        _clients.Observer = new OpOutcomes(topology, _metrics, new SessionChecker(_clients.Groups), _failover, _ledger, canFailOver, linearizability);
        if (scenario.Migrations.Count > 0)
        {
            _metrics.Migrations = new MigrationMeasures(scenario.Migrations, scenario.DataClasses);
            _migrations = new ClassMigrations(_scheduler, topology, network, _lifecycle, _cluster, residency, _metrics.Residency, _metrics.Migrations,
                events, scenario, _ledger.HoldsData, MigrationKinds);
        }
        _faults = new FaultScheduler(_scheduler, injector, OnFaultsChanged, OnHealed, FaultKinds);
        _sampler = new Sampler(_scheduler, scenario.Metrics.Interval.Nanos, _metrics, _ledger, clocks, writes, _cluster.Digest, network, topology,
            events, SampleKind);
        if (canFailOver)
        {
            _metrics.ReportFailover();
        }
        if (linearizable)
        {
            _metrics.ReportLinearizability();
        }
    }

    /// <summary>Runs to the scenario's duration (or until cancelled) and returns what was measured.</summary>
    /// <param name="progress">Told the simulated seconds reached every ~65k events; it must not touch the run.</param>
    public RunResult Run(CancellationToken cancel = default, long maxEvents = long.MaxValue, IProgress<double>? progress = null)
    {
        _clients.Start();
        _queries?.Start();
        _sampler.Start();
        _faults.Schedule();
        _migrations?.Schedule();
        _cluster.Start();
        var completed = RunInSlices(cancel, maxEvents, progress);
        _failover.Finish(_scheduler.Now);
        _metrics.OnRunEnd(_ledger, _scheduler.Now);
        var (summary, series, distributions, histograms) = _metrics.Build(_ledger.ConvergenceNanos);
        return new RunResult(_scenario.Name, _strategy.Label, _scenario.Seed, _scenario.Fingerprint,
            _scheduler.EventsProcessed, _scheduler.Now / 1e9, completed, summary, series, distributions, _events.Rows)
        {
            Visibility = _metrics.Visibility?.Points() ?? [],
            Histograms = histograms,
            IntervalSeconds = _scenario.Metrics.Interval.TotalSeconds,
            Regions = _scenario.Regions.Select((r, i) => new RegionStart(r.Name, r.Nodes, _strategy.StartRole(new RegionId(i)))).ToArray(),
            Trace = _trace?.Finish(_scheduler.Now),
        };
    }

    /// <summary>What a node holds for a key after the run (see <see cref="ReplicationStrategy.Digest"/>): the final state, for checks of what the nodes converged to.</summary>
    internal long DigestAt(NodeId node, int key) => _cluster.Digest(node.Index, key);

    void IEventHandler.Handle(in Event ev)
    {
        switch (ev.Kind)
        {
            case < QueryKinds:
                _clients.Handle(ev);
                break;
            case < TransportKinds:
                _queries!.Handle(ev);
                break;
            case < FaultKinds:
                _transport.Handle(ev);
                break;
            case < SampleKind:
                _faults.Handle(ev);
                break;
            case SampleKind:
                _sampler.Handle(ev);
                break;
            case < TimerKind:
                _migrations!.Handle(ev);
                break;
            case TimerKind:
                _cluster.Handle(ev);
                break;
            default:
                throw new InvalidOperationException($"unknown event kind {ev.Kind}");
        }
    }

    // Pausing the loop between slices changes nothing in the model: the same events run in the same order.
    private bool RunInSlices(CancellationToken cancel, long maxEvents, IProgress<double>? progress)
    {
        var remaining = maxEvents;
        while (true)
        {
            var slice = Math.Min(remaining, ProgressEveryEvents);
            if (_scheduler.Run(this, _scenario.Duration.Nanos, slice, cancel))
            {
                return true;
            }
            remaining -= slice;
            if (remaining <= 0 || cancel.IsCancellationRequested)
            {
                return false;
            }
            progress?.Report(_scheduler.Now / 1e9);
        }
    }

    /// <summary>
    /// Storage tiers, when the scenario has them, route reads of warm and cold keys; what each tier
    /// stores is reported with them, or alone (every key hot) when only storage prices are given.
    /// </summary>
    private void AddStorage(ScenarioSpec scenario, Topology.Topology topology, Network network, RandomStreams streams)
    {
        if (scenario.Storage is null && scenario.Cost?.StorageUsdPerGbMonth is null)
        {
            return;
        }
        var storage = scenario.Storage ?? StorageSpec.AllHot;
        var tiers = new TierPlacement(storage, scenario.Workload.Keys, topology, network, streams);
        if (storage.HasColderTiers)
        {
            _clients.Tiers = tiers;
        }
        _metrics.ReportTiers(storage, tiers.KeysAtStart, scenario.Workload.ValueSizeBytes);
    }

    /// <summary>Crashes and recoveries reach the nodes; the failover checker sees who can take writes now.</summary>
    private void OnFaultsChanged()
    {
        _lifecycle.Update(_cluster.OnLifecycleChanged);
        _failover.Recheck(_scheduler.Now);
    }

    private void OnHealed()
    {
        _ledger.OnHeal(_scheduler.Now);
        _transport.OnHeal();
    }

    /// <summary>The nodes of the regions that hold no data (a failover witness): they vote but hold nothing.</summary>
    private static NodeId[] DatalessNodes(Topology.Topology topology, StrategySpec strategy) =>
        strategy.DatalessRegions
            .SelectMany(r => Enumerable.Range(0, topology.NodesIn(r)).Select(i => topology.NodeIn(r, i)))
            .ToArray();

    /// <summary>Clients talk to a node of their own region, or of the nearest region with data when theirs has none.</summary>
    private RegionId EntryRegion(Topology.Topology topology, Network network, RegionId clientRegion) =>
        topology.NodesIn(clientRegion) > 0
            ? clientRegion
            : Enumerable.Range(0, topology.RegionCount).Select(r => new RegionId(r))
                .Where(r => topology.NodesIn(r) > 0 && _ledger.HoldsData(topology.NodeIn(r, 0)))
                .MinBy(r => network.MeanLatencyNanos(clientRegion, r));

    private static PhysicalClock CreateClock(ScenarioSpec scenario, Topology.Topology topology, NodeId node, RandomStreams streams)
    {
        var spec = scenario.Regions[topology.RegionOf(node).Index].Clock;
        var rng = streams.Get($"clocks/{node.Index}");
        var offset = spec.Offset.SampleSignedNanos(rng);
        return new PhysicalClock(offset, spec.DriftPpm, spec.SyncEvery.Nanos, spec.SyncError.Nanos, rng);
    }
}
