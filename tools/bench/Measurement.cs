namespace GeoSim.Bench;

/// <summary>One timed run: what it cost, and a trace hash to show both queues did the same work.</summary>
internal readonly record struct Measurement(long Events, double WallSeconds, long AllocatedBytes, long TraceHash)
{
    public double EventsPerSecond => Events / WallSeconds;
}
