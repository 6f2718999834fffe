using System.Globalization;

namespace GeoSim.Core.Engine;

/// <summary>A span of simulated time, in integer nanoseconds.</summary>
public readonly record struct SimDuration(long Nanos) : IComparable<SimDuration>
{
    public const long NanosPerMicrosecond = 1_000;
    public const long NanosPerMillisecond = 1_000_000;
    public const long NanosPerSecond = 1_000_000_000;

    public static readonly SimDuration Zero = new(0);
    public static readonly SimDuration MaxValue = new(long.MaxValue);

    public static SimDuration FromMilliseconds(double ms) => new((long)Math.Round(ms * NanosPerMillisecond));
    public static SimDuration FromSeconds(double s) => new((long)Math.Round(s * NanosPerSecond));

    public double TotalMilliseconds => Nanos / (double)NanosPerMillisecond;
    public double TotalSeconds => Nanos / (double)NanosPerSecond;

    public static SimDuration operator +(SimDuration a, SimDuration b) => new(a.Nanos + b.Nanos);
    public static SimDuration operator -(SimDuration a, SimDuration b) => new(a.Nanos - b.Nanos);
    public static SimDuration operator *(SimDuration a, long k) => new(a.Nanos * k);
    public static bool operator <(SimDuration a, SimDuration b) => a.Nanos < b.Nanos;
    public static bool operator >(SimDuration a, SimDuration b) => a.Nanos > b.Nanos;
    public static bool operator <=(SimDuration a, SimDuration b) => a.Nanos <= b.Nanos;
    public static bool operator >=(SimDuration a, SimDuration b) => a.Nanos >= b.Nanos;

    public int CompareTo(SimDuration other) => Nanos.CompareTo(other.Nanos);

    public override string ToString() => Nanos switch
    {
        0 => "0s",
        _ when Nanos % NanosPerSecond == 0 => (Nanos / NanosPerSecond).ToString(CultureInfo.InvariantCulture) + "s",
        _ when Nanos % NanosPerMillisecond == 0 => (Nanos / NanosPerMillisecond).ToString(CultureInfo.InvariantCulture) + "ms",
        _ => TotalMilliseconds.ToString("0.######", CultureInfo.InvariantCulture) + "ms",
    };
}
