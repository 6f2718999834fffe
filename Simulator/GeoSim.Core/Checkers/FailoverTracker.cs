using GeoSim.Core.Topology;

namespace GeoSim.Core.Checkers;

/// <summary>
/// What a strategy that fails over tells the truth: a node took over (the writes it lacks are
/// abandoned, and the acknowledged ones among them are lost), or a node starts or stops accepting
/// writes (what split-brain accounting measures).
/// </summary>
internal sealed class FailoverTracker(CommitLedger ledger, FailoverChecker checker, Func<long> now)
{
    public void OnPromoted(NodeId node) => checker.OnPromoted(node, ledger.OnPromoted(node, now()), now());

    public void OnAcceptingWrites(NodeId node, bool accepting) => checker.OnAccepting(node, accepting, now());
}
