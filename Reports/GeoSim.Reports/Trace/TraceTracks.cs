using GeoSim.Core.Tracing;

namespace GeoSim.Reports.Trace;

/// <summary>
/// Where a strategy's entries go in trace.json: one process for the deployment (faults of links
/// and of everything) and one per region, in scenario order; in a region, one thread per node
/// ("us-east-1/0") and, for the nodes that held elections, one election thread each. Every id
/// follows from the scenario's order alone, so the same run gives the same ids.
/// </summary>
internal sealed class TraceTracks(TraceLog log, int strategyIndex, int strategyCount, string? strategyLabel)
{
    /// <summary>The thread of a process's own instants (region and deployment events).</summary>
    public const int EventsThread = 0;

    private int FirstPid => strategyIndex * (log.RegionNames.Count + 1) + 1;

    public int DeploymentPid => FirstPid;

    public int RegionPid(int region) => FirstPid + 1 + region;

    public int NodePid(int node) => RegionPid(log.NodeRegions[node]);

    public int NodeThread(int node) => node + 1;

    public int ElectionThread(int node) => log.NodeNames.Count + node + 1;

    /// <summary>A message's flow id, unique in the file: the strategies of one file number their messages alike.</summary>
    public long FlowId(long message) => message * strategyCount + strategyIndex;

    public string ProcessName(int pid)
    {
        var name = pid == DeploymentPid ? "deployment" : log.RegionNames[pid - FirstPid - 1];
        return strategyLabel is null ? name : $"{strategyLabel}: {name}";
    }

    public string ThreadName(int tid) =>
        tid == EventsThread ? "events"
        : tid <= log.NodeNames.Count ? log.NodeNames[tid - 1]
        : $"{log.NodeNames[tid - log.NodeNames.Count - 1]} elections";

    /// <summary>Where a run event goes: a node's thread, a region's process, or the deployment (links, everything).</summary>
    public (int Pid, int Tid, string Scope) RunEventTrack(string scope)
    {
        for (var n = 0; n < log.NodeNames.Count; n++)
        {
            if (log.NodeNames[n] == scope)
            {
                return (NodePid(n), NodeThread(n), "t");
            }
        }
        for (var r = 0; r < log.RegionNames.Count; r++)
        {
            if (log.RegionNames[r] == scope)
            {
                return (RegionPid(r), EventsThread, "p");
            }
        }
        return (DeploymentPid, EventsThread, "g");
    }
}
