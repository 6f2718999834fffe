using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Topology;

/// <summary>
/// One direction of a region pair: latency, bandwidth and loss, and the time the link stays busy
/// serializing what was already sent on it.
/// </summary>
internal sealed class Link(LinkSpec spec)
{
    private readonly Distribution _latency = spec.Latency;
    private readonly double _nanosPerByte = spec.BandwidthBitsPerSecond > 0 ? 8e9 / spec.BandwidthBitsPerSecond : 0;
    private readonly long _constantLatency = spec.Latency.IsConstant ? (long)Math.Round(spec.Latency.Mean) : -1;
    private long _busyUntil;

    public double Loss { get; } = spec.Loss;

    public double MeanLatencyNanos => _latency.Mean;

    /// <summary>
    /// Puts <paramref name="bytes"/> on the wire at <paramref name="now"/>: it waits for the link to be
    /// free, occupies it for size/bandwidth, then propagates. Returns the arrival time.
    /// </summary>
    public long Transmit(long now, int bytes, RandomStream rng)
    {
        var done = now;
        if (_nanosPerByte > 0)
        {
            var start = Math.Max(now, _busyUntil);
            done = start + (long)Math.Round(bytes * _nanosPerByte);
            _busyUntil = done;
        }
        var latency = _constantLatency >= 0 ? _constantLatency : _latency.SampleDuration(rng).Nanos;
        return done + latency;
    }
}
