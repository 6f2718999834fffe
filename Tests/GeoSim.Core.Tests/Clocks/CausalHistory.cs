using CsCheck;
using GeoSim.Core.Clocks;

namespace GeoSim.Core.Tests.Clocks;

internal enum StepKind { Local, Send, Receive }

/// <summary>
/// One event of a random message history. <see cref="History"/> is the event's vector clock
/// (its causal past including itself), which gives happened-before exactly.
/// </summary>
internal sealed record CausalEvent(int Node, StepKind Kind, long TrueNanos, VersionVector History, int SendIndex)
{
    /// <summary>Lamport's → : this event is in the causal past of <paramref name="later"/>.</summary>
    public bool HappenedBefore(CausalEvent later) =>
        !ReferenceEquals(this, later) && later.History[Node] >= History[Node];
}

/// <summary>Random histories of N nodes doing local events, sends and receives in true-time order.</summary>
internal static class CausalHistory
{
    /// <summary>True time of the first event: keeps skewed physical readings positive.</summary>
    public const long StartNanos = 10_000_000_000;

    /// <summary>
    /// Steps as (kind, node, which in-flight message, true-time advance). The advance is drawn
    /// from [-2 ms, 3 ms] and clamped at 0, so about 40 % of events share their instant with the
    /// previous one, the case that exercises the logical counters.
    /// </summary>
    public static readonly Gen<(int Kind, int Node, int Pick, long AdvanceNanos)[]> Steps =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 99], Gen.Int[0, 99], Gen.Long[-2_000_000, 3_000_000])
            .Select((kind, node, pick, advance) => (kind, node, pick, Math.Max(0, advance)))
            .Array[1, 300];

    /// <summary>
    /// Replays the steps over <paramref name="nodes"/> nodes. A receive delivers the chosen
    /// in-flight message (to another node than its sender); with nothing in flight it is a local event.
    /// </summary>
    public static CausalEvent[] Build(int nodes, (int Kind, int Node, int Pick, long AdvanceNanos)[] steps)
    {
        var vectors = Enumerable.Range(0, nodes).Select(_ => new VersionVector(nodes)).ToArray();
        var inFlight = new List<int>();
        var events = new List<CausalEvent>();
        var now = StartNanos;
        foreach (var (kindCode, nodeCode, pick, advance) in steps)
        {
            now += advance;
            var node = nodeCode % nodes;
            var kind = (StepKind)kindCode;
            var sendIndex = -1;
            if (kind == StepKind.Receive && inFlight.Count == 0)
            {
                kind = StepKind.Local;
            }
            if (kind == StepKind.Receive)
            {
                sendIndex = inFlight[pick % inFlight.Count];
                inFlight.Remove(sendIndex);
                var send = events[sendIndex];
                node = node == send.Node ? (node + 1) % nodes : node;
                vectors[node] = vectors[node].Merge(send.History);
            }
            vectors[node] = vectors[node].Increment(node);
            if (kind == StepKind.Send)
            {
                inFlight.Add(events.Count);
            }
            events.Add(new CausalEvent(node, kind, now, vectors[node], sendIndex));
        }
        return events.ToArray();
    }

    /// <summary>Node counts 2-5 with a random history over them.</summary>
    public static readonly Gen<(int Nodes, CausalEvent[] Events)> Histories =
        Gen.Select(Gen.Int[2, 5], Steps).Select((nodes, steps) => (nodes, Build(nodes, steps)));
}
