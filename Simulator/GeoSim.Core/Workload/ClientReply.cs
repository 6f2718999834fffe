using GeoSim.Core.Topology;

namespace GeoSim.Core.Workload;

/// <summary>
/// A node's answer to a client, with the truth about it for the checkers: the write acknowledged,
/// or the write whose value was read (by ledger id and commit sequence), and how stale that was.
/// </summary>
/// <param name="Position">What the client keeps as its session token: a commit or applied log position.</param>
internal readonly record struct ClientReply(NodeId From, ReadOutcome Read, int WriteId, long CommitSeq, long Position);
