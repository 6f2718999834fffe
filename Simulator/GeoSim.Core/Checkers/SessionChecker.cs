using GeoSim.Core.Spec;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Checkers;

/// <summary>
/// Checks session guarantees against the truth. Each session remembers a small window of the keys
/// it recently wrote (acknowledged) or read, with the global commit sequence of the newest value
/// it wrote and read of each and when the client learned it; a read issued after that which
/// returns an older value broke read-your-writes (an own write) or monotonic reads (an earlier
/// read). Reads issued before are concurrent with it, and no guarantee orders them. A session is
/// checked for the guarantee it asked for; an eventual session for both, to show what it would
/// have seen broken. The window bounds memory to O(sessions); a key that fell out of it is no
/// longer checked, so the count can only be an undercount.
/// </summary>
internal sealed class SessionChecker
{
    private const int Window = 8;

    private readonly int[] _firstSession;
    private readonly Consistency[] _consistency;
    private readonly int[] _keys;        // [session * Window + i]; scanned on every op, so kept apart
    private readonly Seen[] _seen;       // same index
    private readonly byte[] _next;       // per session: the window slot to reuse next

    public SessionChecker(IReadOnlyList<ClientGroup> clients)
    {
        _firstSession = new int[clients.Count];
        var sessions = 0;
        for (var c = 0; c < clients.Count; c++)
        {
            _firstSession[c] = sessions;
            sessions += clients[c].Sessions;
        }
        _consistency = clients.Select(c => c.Consistency).ToArray();
        _keys = new int[sessions * Window];
        Array.Fill(_keys, -1);
        _seen = new Seen[sessions * Window];
        _next = new byte[sessions];
    }

    /// <summary>A write of the session was acknowledged to the client.</summary>
    public void OnWriteAcknowledged(int client, int session, int key, long commitSeq, long now)
    {
        if (_consistency[client] == Consistency.MonotonicReads)
        {
            return;
        }
        ref var seen = ref Slot(_firstSession[client] + session, key);
        if (commitSeq > seen.WriteSeq)
        {
            (seen.WriteSeq, seen.WrittenAt) = (commitSeq, now);
        }
    }

    /// <summary>A read of the session issued at <paramref name="issuedAt"/> returned the value with <paramref name="commitSeq"/>; true when it broke the guarantee.</summary>
    public bool OnRead(int client, int session, int key, long commitSeq, long issuedAt, long now)
    {
        var consistency = _consistency[client];
        ref var seen = ref Slot(_firstSession[client] + session, key);
        var violated = (consistency != Consistency.MonotonicReads && seen.WriteSeq > commitSeq && seen.WrittenAt <= issuedAt)
            || (consistency != Consistency.ReadYourWrites && seen.ReadSeq > commitSeq && seen.ReadAt <= issuedAt);
        if (consistency != Consistency.ReadYourWrites && commitSeq > seen.ReadSeq)
        {
            (seen.ReadSeq, seen.ReadAt) = (commitSeq, now);
        }
        return violated;
    }

    /// <summary>The window slot of the key, taking the oldest slot (forgetting its key) when the key is not there.</summary>
    private ref Seen Slot(int session, int key)
    {
        var start = session * Window;
        for (var i = start; i < start + Window; i++)
        {
            if (_keys[i] == key)
            {
                return ref _seen[i];
            }
        }
        var slot = start + _next[session];
        _next[session] = (byte)((_next[session] + 1) % Window);
        _keys[slot] = key;
        _seen[slot] = Seen.Nothing;
        return ref _seen[slot];
    }

    private struct Seen
    {
        public static readonly Seen Nothing = new() { WriteSeq = long.MinValue, ReadSeq = long.MinValue };

        public long WriteSeq;
        public long WrittenAt;
        public long ReadSeq;
        public long ReadAt;
    }
}
