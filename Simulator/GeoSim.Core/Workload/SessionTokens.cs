using GeoSim.Core.Spec;

namespace GeoSim.Core.Workload;

/// <summary>
/// The session tokens a client library keeps, one per (client population, session): the log
/// position of the session's last acknowledged write (read-your-writes) or the highest position
/// its reads have reflected (monotonic reads). Eventual sessions keep none.
/// </summary>
internal sealed class SessionTokens
{
    private readonly long[]?[] _tokens;
    private readonly Consistency[] _consistency;

    public SessionTokens(IReadOnlyList<ClientGroup> clients)
    {
        _tokens = clients.Select(c => c.Consistency == Consistency.Eventual ? null : new long[c.Sessions]).ToArray();
        _consistency = clients.Select(c => c.Consistency).ToArray();
    }

    /// <summary>The token a new request of the session carries (0: no requirement).</summary>
    public long Token(int client, int session) => _tokens[client] is { } tokens ? tokens[session] : 0;

    /// <summary>A reply reached the client: a write's commit position or a read's applied position.</summary>
    public void OnReply(int client, int session, OpKind kind, long position)
    {
        if (_tokens[client] is not { } tokens)
        {
            return;
        }
        var moves = _consistency[client] == Consistency.ReadYourWrites ? kind == OpKind.Write : kind == OpKind.Read;
        if (moves)
        {
            tokens[session] = Math.Max(tokens[session], position);
        }
    }
}
