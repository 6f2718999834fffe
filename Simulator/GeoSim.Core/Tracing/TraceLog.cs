namespace GeoSim.Core.Tracing;

/// <summary>
/// What a traced run recorded for the timeline view (trace.json): the deployment's regions and
/// nodes, and the entries in the order they were recorded (an op or a message is recorded when it
/// ends). Messages lost on the wire and ops still waiting when the run ends are not in it.
/// </summary>
/// <param name="NodeRegions">The region index of each node.</param>
/// <param name="NodeNames">"region/i" of each node.</param>
/// <param name="RequestedSample">The share asked for.</param>
/// <param name="EffectiveSample">The share drawn in the end: lower than asked when the run would have exceeded its entry budget.</param>
/// <param name="MessagesDelivered">Every node-to-node message delivered in the run, drawn or not.</param>
public sealed record TraceLog(
    IReadOnlyList<string> RegionNames,
    IReadOnlyList<int> NodeRegions,
    IReadOnlyList<string> NodeNames,
    IReadOnlyList<TraceEntry> Entries,
    double RequestedSample,
    double EffectiveSample,
    long MessagesDelivered);
