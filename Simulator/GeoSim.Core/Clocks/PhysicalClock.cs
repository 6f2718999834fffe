using GeoSim.Core.Spec;
using GeoSim.Core.Engine;

namespace GeoSim.Core.Clocks;

/// <summary>
/// A node's physical clock as a pure function of true time, in the style of TigerBeetle's
/// simulated time: an initial offset, linear drift, periodic resync (NTP-like) and steps (the
/// <c>clock-jump</c> fault). All values are integer nanoseconds.
/// </summary>
/// <remarks>
/// <para>
/// Resync k happens at true time k·<see cref="SyncEveryNanos"/> (k ≥ 1) and resets the offset to
/// a value drawn uniformly from [-<see cref="SyncErrorNanos"/>, +<see cref="SyncErrorNanos"/>].
/// Between resyncs the local clock runs (1 + ppm·1e-6) times the true rate, so the offset grows
/// linearly from the value set by the last resync (or the initial offset before the first).
/// </para>
/// <para>
/// Resync draws are lazy and independent of how the clock is read: the constructor takes one
/// 64-bit seed from the clock's <see cref="RandomStream"/>, and resync k's draw is a SplitMix64
/// hash of (seed, k). A reading therefore depends only on the true time asked for, never on
/// earlier reads, their order, or how many resyncs were skipped over.
/// </para>
/// <para>
/// Like a real one, this clock can go backward: at a resync that corrects a fast clock, and at a
/// negative jump. Code that needs monotonic timestamps uses <see cref="HybridLogicalClock"/>.
/// </para>
/// </remarks>
internal sealed class PhysicalClock
{
    /// <summary>Drift is limited so the local clock always moves forward between steps.</summary>
    public const double MaxAbsDriftPpm = ClockSpec.MaxAbsDriftPpm;

    // Drift in parts per 10^12 keeps the drift term exact integer arithmetic (100 ppm over
    // 1,000 s is exactly 100 ms) and identical on every machine.
    private const long DriftScale = 1_000_000_000_000;

    private readonly long _driftPartsPerTrillion;
    private readonly ulong _resyncSeed;
    private readonly List<(long At, long By)> _jumps = [];

    /// <summary>Creates a clock; draws exactly one value from <paramref name="rng"/>.</summary>
    /// <param name="initialOffsetNanos">Offset at true time 0; may be negative.</param>
    /// <param name="driftPpm">The local clock runs (1 + ppm·1e-6) times the true rate; may be negative.</param>
    /// <param name="syncEveryNanos">True time between resyncs; 0 means the clock is never corrected.</param>
    /// <param name="syncErrorNanos">Half-width of the uniform offset left by a resync; ≥ 0.</param>
    /// <param name="rng">The clock's own random stream, the source of its resync draws.</param>
    public PhysicalClock(long initialOffsetNanos, double driftPpm, long syncEveryNanos, long syncErrorNanos, RandomStream rng)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(syncEveryNanos);
        ArgumentOutOfRangeException.ThrowIfNegative(syncErrorNanos);
        if (!(Math.Abs(driftPpm) <= MaxAbsDriftPpm))
        {
            throw new ArgumentOutOfRangeException(nameof(driftPpm), driftPpm, $"drift must be within ±{MaxAbsDriftPpm} ppm");
        }
        InitialOffsetNanos = initialOffsetNanos;
        DriftPpm = driftPpm;
        SyncEveryNanos = syncEveryNanos;
        SyncErrorNanos = syncErrorNanos;
        _driftPartsPerTrillion = (long)Math.Round(driftPpm * 1_000_000);
        _resyncSeed = rng.NextUInt64();
    }

    /// <summary>Offset at true time 0, in nanoseconds.</summary>
    public long InitialOffsetNanos { get; }

    /// <summary>Rate error in parts per million (positive = the clock runs fast).</summary>
    public double DriftPpm { get; }

    /// <summary>True time between resyncs, in nanoseconds; 0 = never.</summary>
    public long SyncEveryNanos { get; }

    /// <summary>Largest |offset| a resync leaves behind, in nanoseconds.</summary>
    public long SyncErrorNanos { get; }

    /// <summary>
    /// Steps the clock by <paramref name="byNanos"/> from true time <paramref name="atTrueNanos"/>
    /// until the next resync corrects it (for good if the clock never resyncs). A jump at a resync
    /// instant applies after that resync. Register a jump before reading the clock past
    /// <paramref name="atTrueNanos"/>: readings are a function of the jumps registered so far.
    /// </summary>
    public void Jump(long atTrueNanos, long byNanos)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(atTrueNanos);
        // Insert after any jump at the same time, so equal-time jumps keep their order.
        var index = _jumps.Count;
        while (index > 0 && _jumps[index - 1].At > atTrueNanos)
        {
            index--;
        }
        _jumps.Insert(index, (atTrueNanos, byNanos));
    }

    /// <summary>Local clock reading at true time <paramref name="trueNanos"/> (≥ 0).</summary>
    public long Read(long trueNanos) => trueNanos + OffsetNanos(trueNanos);

    /// <summary>Local minus true time at <paramref name="trueNanos"/> (≥ 0), in nanoseconds.</summary>
    public long OffsetNanos(long trueNanos)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trueNanos);
        var resync = SyncEveryNanos == 0 ? 0 : trueNanos / SyncEveryNanos;
        var segmentStart = resync * SyncEveryNanos;
        var baseOffset = resync == 0 ? InitialOffsetNanos : ResyncOffsetNanos(resync);
        return baseOffset + DriftNanos(trueNanos - segmentStart) + JumpsNanos(segmentStart, trueNanos);
    }

    /// <summary>The offset resync <paramref name="resync"/> (≥ 1) leaves, before drift and jumps.</summary>
    public long ResyncOffsetNanos(long resync)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resync, 1);
        var state = _resyncSeed ^ ((ulong)resync * 0xD1B54A32D192ED03UL);
        var bits = RandomStream.SplitMix64(ref state);
        // Multiply-shift maps 64 bits onto the 2e+1 values; its bias is below (2e+1)/2^64.
        var width = 2 * (ulong)SyncErrorNanos + 1;
        var index = Math.BigMul(bits, width, out _);
        return (long)index - SyncErrorNanos;
    }

    private long DriftNanos(long elapsedNanos)
    {
        var scaled = (Int128)elapsedNanos * _driftPartsPerTrillion;
        var quotient = scaled / DriftScale;
        // Round toward negative infinity: one rule for fast and slow clocks alike.
        if (scaled < 0 && quotient * DriftScale != scaled)
        {
            quotient--;
        }
        return (long)quotient;
    }

    private long JumpsNanos(long fromTrueNanos, long toTrueNanos)
    {
        var sum = 0L;
        // Jumps are rare (faults): a scan from the newest back is shorter than any index.
        for (var i = _jumps.Count - 1; i >= 0 && _jumps[i].At >= fromTrueNanos; i--)
        {
            if (_jumps[i].At <= toTrueNanos)
            {
                sum += _jumps[i].By;
            }
        }
        return sum;
    }
}
