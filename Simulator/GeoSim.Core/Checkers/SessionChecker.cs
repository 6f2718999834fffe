using GeoSim.Core.Spec;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Checkers;

/// <summary>
/// Checks session guarantees against the truth. Each session remembers a small window of the keys
/// it recently wrote (acknowledged) and read, with the global commit sequence of the value and when
/// the client learned it; a read issued after that which returns an older value of such a key broke
/// read-your-writes (an own write) or monotonic reads (an earlier read). Reads issued before are
/// concurrent with it, and no guarantee orders them. A session is checked for the guarantee it asked for; an eventual session
/// for both, to show what it would have seen broken. The window bounds memory to O(sessions); a
/// key that fell out of it is no longer checked, so the count can only be an undercount.
/// </summary>
internal sealed class SessionChecker
{
    private const int Window = 8;

    private readonly int[] _firstSession;
    private readonly Consistency[] _consistency;
    private readonly Recent _writes;
    private readonly Recent _reads;

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
        _writes = new Recent(sessions);
        _reads = new Recent(sessions);
    }

    /// <summary>A write of the session was acknowledged to the client.</summary>
    public void OnWriteAcknowledged(int client, int session, int key, long commitSeq, long now)
    {
        if (_consistency[client] != Consistency.MonotonicReads)
        {
            _writes.Remember(_firstSession[client] + session, key, commitSeq, now);
        }
    }

    /// <summary>A read of the session issued at <paramref name="issuedAt"/> returned the value with <paramref name="commitSeq"/>; true when it broke the guarantee.</summary>
    public bool OnRead(int client, int session, int key, long commitSeq, long issuedAt, long now)
    {
        var slot = _firstSession[client] + session;
        var consistency = _consistency[client];
        var violated = (consistency != Consistency.MonotonicReads && _writes.Newer(slot, key, commitSeq, issuedAt))
            || (consistency != Consistency.ReadYourWrites && _reads.Newer(slot, key, commitSeq, issuedAt));
        if (consistency != Consistency.ReadYourWrites)
        {
            _reads.Remember(slot, key, commitSeq, now);
        }
        return violated;
    }

    /// <summary>Per session, the last <see cref="Window"/> distinct keys with the newest commit sequence seen for each, and when.</summary>
    private sealed class Recent(int sessions)
    {
        private readonly int[] _keys = CreateKeys(sessions);
        private readonly long[] _seqs = new long[sessions * Window];
        private readonly long[] _seenAt = new long[sessions * Window];
        private readonly byte[] _next = new byte[sessions];

        /// <summary>True when the session had seen a newer value of the key before <paramref name="issuedAt"/>.</summary>
        public bool Newer(int session, int key, long commitSeq, long issuedAt)
        {
            var start = session * Window;
            for (var i = start; i < start + Window; i++)
            {
                if (_keys[i] == key)
                {
                    return _seqs[i] > commitSeq && _seenAt[i] <= issuedAt;
                }
            }
            return false;
        }

        public void Remember(int session, int key, long commitSeq, long now)
        {
            var start = session * Window;
            for (var i = start; i < start + Window; i++)
            {
                if (_keys[i] == key)
                {
                    if (commitSeq > _seqs[i])
                    {
                        (_seqs[i], _seenAt[i]) = (commitSeq, now);
                    }
                    return;
                }
            }
            var slot = start + _next[session];
            _next[session] = (byte)((_next[session] + 1) % Window);
            (_keys[slot], _seqs[slot], _seenAt[slot]) = (key, commitSeq, now);
        }

        private static int[] CreateKeys(int sessions)
        {
            var keys = new int[sessions * Window];
            Array.Fill(keys, -1);
            return keys;
        }
    }
}
