using GeoSim.Core.Distributions;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// PBS's per-message delays, drawn for each message and added to the link latency: W (write to a
/// replica), A (its acknowledgement), R (read request), S (read response). A missing one is 0.
/// With them the coordinator stands apart from every replica, even one on its own node.
/// </summary>
public sealed record WarsDelays(Distribution? Write, Distribution? Ack, Distribution? Read, Distribution? Response);

/// <summary>How long a replica takes to serve a write or a read before it answers; a missing one is 0.</summary>
public sealed record ServiceTime(Distribution? Write, Distribution? Read);
