namespace GeoSim.Core.Tracing;

/// <summary>One thing the trace records, in true simulated time (nanoseconds).</summary>
/// <param name="Node">The node it happened at (the sender of a message); -1 for a run event.</param>
/// <param name="Peer">The receiver of a message; -1 otherwise.</param>
/// <param name="Name">
/// An op's kind (<c>read</c>, <c>write</c>), a message's transport (<c>stream</c>, <c>datagram</c>),
/// an election's name, or an event's kind.
/// </param>
/// <param name="Detail">An op's outcome (<c>ok</c>, <c>timeout</c>), an event's scope and detail; empty otherwise.</param>
/// <param name="Id">A message's number, unique in the run (its flow id); 0 otherwise.</param>
/// <param name="Draw">The draw that kept a sampled entry (compared with the share); 0 for entries always kept.</param>
public readonly record struct TraceEntry(
    TraceEntryKind Kind,
    long StartNanos,
    long EndNanos,
    int Node,
    int Peer,
    string Name,
    string Detail,
    long Id,
    long Draw)
{
    /// <summary>For a run event: the region or link it concerns (empty for the whole deployment).</summary>
    public string Scope { get; init; } = "";
}
