using GeoSim.Core.Spec;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Checkers;

/// <summary>
/// Checks session guarantees against the truth. Each session keeps a window of the last
/// <see cref="Window"/> keys it wrote or read; per key, every rise of the highest commit sequence
/// it had acknowledged (its writes) or read, with when the client learned it. A read issued at t
/// broke read-your-writes when it returned a value older than a write of the session acknowledged
/// at or before t, and monotonic reads when older than a value an earlier read returned at or
/// before t; reads issued before are concurrent with it, and no guarantee orders them. A session is
/// checked for the guarantee it asked for; an eventual session for both, to show what it would
/// have seen broken. A read is answered within its client's timeout, so older rises fold into one.
/// </summary>
/// <remarks>
/// The count is exact unless memory runs out, and then it can only be too low: a key is forgotten
/// when <see cref="Window"/> other keys entered the session's window after it, and when a session
/// raises its mark of one key more than <see cref="HighWaterSteps.Depth"/> times within one
/// timeout, the oldest rise is dropped, so a read issued before the second oldest kept is judged
/// without it.
/// </remarks>
internal sealed class SessionChecker
{
    /// <summary>Keys remembered per session.</summary>
    public const int Window = 8;

    private readonly int[] _firstSession;
    private readonly Consistency[] _consistency;
    private readonly long[] _timeoutNanos;
    private readonly int[] _keys;        // [session * Window + i]; scanned on every op, so kept apart
    private readonly byte[] _next;       // per session: the window slot to reuse next
    private readonly HighWaterSteps _writes;
    private readonly HighWaterSteps _reads;

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
        _timeoutNanos = clients.Select(c => c.TimeoutNanos).ToArray();
        _keys = new int[sessions * Window];
        Array.Fill(_keys, -1);
        _next = new byte[sessions];
        _writes = new HighWaterSteps(sessions * Window);
        _reads = new HighWaterSteps(sessions * Window);
    }

    /// <summary>A write of the session was acknowledged to the client.</summary>
    public void OnWriteAcknowledged(int client, int session, int key, long commitSeq, long now)
    {
        if (_consistency[client] == Consistency.MonotonicReads)
        {
            return;
        }
        _writes.Add(Slot(_firstSession[client] + session, key), now, commitSeq, now - _timeoutNanos[client]);
    }

    /// <summary>A read of the session issued at <paramref name="issuedAt"/> returned the value with <paramref name="commitSeq"/>; true when it broke the guarantee.</summary>
    public bool OnRead(int client, int session, int key, long commitSeq, long issuedAt, long now)
    {
        var consistency = _consistency[client];
        var slot = Slot(_firstSession[client] + session, key);
        var violated = (consistency != Consistency.MonotonicReads && _writes.MaxAt(slot, issuedAt) > commitSeq)
            || (consistency != Consistency.ReadYourWrites && _reads.MaxAt(slot, issuedAt) > commitSeq);
        if (consistency != Consistency.ReadYourWrites)
        {
            _reads.Add(slot, now, commitSeq, now - _timeoutNanos[client]);
        }
        return violated;
    }

    /// <summary>The window slot of the key, taking the oldest slot (forgetting its key) when the key is not there.</summary>
    private int Slot(int session, int key)
    {
        var start = session * Window;
        for (var i = start; i < start + Window; i++)
        {
            if (_keys[i] == key)
            {
                return i;
            }
        }
        var slot = start + _next[session];
        _next[session] = (byte)((_next[session] + 1) % Window);
        _keys[slot] = key;
        _writes.Clear(slot);
        _reads.Clear(slot);
        return slot;
    }
}
