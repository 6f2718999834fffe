namespace GeoSim.Bench;

/// <summary>The baseline's 16-byte queue entry: what to do, to whom, and a payload slot.</summary>
internal readonly record struct Ev(int Kind, int Target, long Data);
