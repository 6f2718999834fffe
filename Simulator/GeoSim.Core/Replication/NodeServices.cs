using GeoSim.Core.Checkers;
using GeoSim.Core.Clocks;
using GeoSim.Core.Engine;
using GeoSim.Core.Faults;
using GeoSim.Core.Metrics;
using GeoSim.Core.Topology;
using GeoSim.Core.Tracing;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication;

/// <summary>The parts of a run a node's context reaches through, shared by every node's context.</summary>
internal sealed record NodeServices(
    Scheduler Scheduler,
    Topology.Topology Topology,
    Network Network,
    Transport<Message> Transport,
    ClientDriver Clients,
    CommitLedger Ledger,
    WriteTracker Writes,
    FailoverTracker Failover,
    MetricsRecorder Metrics,
    IEventLog Events,
    PhysicalClock[] Clocks,
    int ValueSizeBytes,
    RandomStreams Streams)
{
    /// <summary>The trace being recorded; null when the run is not traced.</summary>
    public TraceRecorder? Trace { get; init; }

    /// <summary>Where each key's data class may be held.</summary>
    public required Residency Residency { get; init; }
}
