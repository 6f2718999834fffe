using System.Globalization;

namespace GeoSim.Core.Engine;

/// <summary>A point in simulated (true) time: integer nanoseconds since the start of the run.</summary>
public readonly record struct SimTime(long Nanos) : IComparable<SimTime>
{
    public static readonly SimTime Zero = new(0);
    public static readonly SimTime MaxValue = new(long.MaxValue);

    public double TotalSeconds => Nanos / (double)SimDuration.NanosPerSecond;

    public static SimTime operator +(SimTime t, SimDuration d) => new(t.Nanos + d.Nanos);
    public static SimTime operator -(SimTime t, SimDuration d) => new(t.Nanos - d.Nanos);
    public static SimDuration operator -(SimTime a, SimTime b) => new(a.Nanos - b.Nanos);
    public static bool operator <(SimTime a, SimTime b) => a.Nanos < b.Nanos;
    public static bool operator >(SimTime a, SimTime b) => a.Nanos > b.Nanos;
    public static bool operator <=(SimTime a, SimTime b) => a.Nanos <= b.Nanos;
    public static bool operator >=(SimTime a, SimTime b) => a.Nanos >= b.Nanos;

    public int CompareTo(SimTime other) => Nanos.CompareTo(other.Nanos);

    public override string ToString() => TotalSeconds.ToString("0.000###", CultureInfo.InvariantCulture) + "s";
}
