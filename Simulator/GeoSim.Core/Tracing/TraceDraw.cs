namespace GeoSim.Core.Tracing;

/// <summary>
/// The deterministic draw that samples the trace: a hash of the run's seed and the thing's own
/// number (SplitMix64's finalizer), so tracing takes nothing from the run's random streams and the
/// same run draws the same things.
/// </summary>
internal static class TraceDraw
{
    /// <summary>Draws are 53-bit: a share <c>p</c> keeps the draws below <c>p * 2^53</c>.</summary>
    public const long Range = 1L << 53;

    public static long Of(long seed, long number)
    {
        var z = (ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)number + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (long)(z >> 11);
    }

    /// <summary>The limit below which a draw is kept for share <paramref name="sample"/> (all draws for 1).</summary>
    public static long Limit(double sample) => Math.Max(1, (long)Math.Ceiling(sample * Range));
}
