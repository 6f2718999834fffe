using GeoSim.Core.Checkers;

namespace GeoSim.Core.Replication.Consensus;

/// <summary>One entry of the replicated log: the term it was appended in, and the write it carries (a key below 0: a leader's no-op).</summary>
internal readonly record struct LogEntry(int Term, int Key, WriteRef Write)
{
    public bool IsNoOp => Key < 0;

    public static LogEntry NoOp(int term) => new(term, -1, default);
}
