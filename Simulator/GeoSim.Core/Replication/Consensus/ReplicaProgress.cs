namespace GeoSim.Core.Replication.Consensus;

/// <summary>
/// What a leader knows of each replica: how far its log matches (match), where to send from next
/// (optimistically past what is in flight), and the newest of the leader's stamps it answered.
/// Majorities count voters only; the leader counts as its own durable index and its clock now.
/// Volatile: reset at each election.
/// </summary>
internal sealed class ReplicaProgress
{
    private readonly bool[] _voter;
    private readonly int _self;
    private readonly long[] _match;
    private readonly long[] _next;
    private readonly long[] _echo;
    private readonly long[] _heardAt;
    private readonly long[] _scratch;

    public ReplicaProgress(bool[] voter, int self)
    {
        (_voter, _self) = (voter, self);
        _match = new long[voter.Length];
        _next = new long[voter.Length];
        _echo = new long[voter.Length];
        _heardAt = new long[voter.Length];
        _scratch = new long[voter.Count(v => v)];
        Majority = _scratch.Length / 2 + 1;
    }

    /// <summary>⌊V/2⌋ + 1 of the V voters.</summary>
    public int Majority { get; }

    public long Next(int node) => _next[node];

    public long Match(int node) => _match[node];

    /// <summary>When the replica last answered, by the leader's clock.</summary>
    public long HeardAt(int node) => _heardAt[node];

    /// <summary>A new term: nothing is known of the replicas but that they were heard at <paramref name="now"/> (they voted, or the run starts) and answered <paramref name="echo"/>.</summary>
    public void Reset(long lastIndex, long now, long echo)
    {
        Array.Fill(_next, lastIndex + 1);
        Array.Clear(_match);
        Array.Fill(_echo, echo);
        Array.Fill(_heardAt, now);
    }

    public void Sent(int node, long lastSent) => _next[node] = Math.Max(_next[node], lastSent + 1);

    public void Acknowledged(int node, long match, long echo, long now)
    {
        _heardAt[node] = now;
        _match[node] = Math.Max(_match[node], match);
        _next[node] = Math.Max(_next[node], _match[node] + 1);
        _echo[node] = Math.Max(_echo[node], echo);
    }

    /// <summary>The replica's log did not match: resend from just after <paramref name="match"/>.</summary>
    public void Rejected(int node, long match, long now)
    {
        _heardAt[node] = now;
        _next[node] = Math.Min(_next[node], match + 1);
    }

    /// <summary>A replica that acknowledged nothing lately is resent everything from its match on.</summary>
    public void Rewind(int node) => _next[node] = _match[node] + 1;

    /// <summary>The highest index a majority of voters holds durably.</summary>
    public long MajorityMatch(long ownDurable) => MajorityOf(_match, ownDurable);

    /// <summary>The newest stamp a majority of voters answered: the leader led at least until then.</summary>
    public long MajorityEcho(long ownNow) => MajorityOf(_echo, ownNow);

    private long MajorityOf(long[] values, long own)
    {
        var k = 0;
        for (var n = 0; n < values.Length; n++)
        {
            if (_voter[n])
            {
                _scratch[k++] = n == _self ? own : values[n];
            }
        }
        Array.Sort(_scratch);
        return _scratch[_scratch.Length - Majority];
    }
}
