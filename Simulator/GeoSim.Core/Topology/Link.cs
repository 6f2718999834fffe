using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Topology;

/// <summary>
/// One direction of a region pair: latency, bandwidth and loss, the time the link stays busy
/// serializing what was already sent on it, and the faults currently acting on it.
/// </summary>
internal sealed class Link(LinkSpec spec)
{
    private readonly Distribution _latency = spec.Latency;
    private readonly double _nanosPerByte = spec.BandwidthBitsPerSecond > 0 ? 8e9 / spec.BandwidthBitsPerSecond : 0;
    private readonly long _constantLatency = spec.Latency.IsConstant ? (long)Math.Round(spec.Latency.Mean) : -1;
    private readonly double _loss = spec.Loss;
    private long _busyUntil;
    private long _windowBytes;

    /// <summary>A time after every run (about 73 years), far enough from long's end that adding latencies cannot overflow.</summary>
    private const long HorizonNanos = long.MaxValue / 4;

    /// <summary>How many partitions currently cut this direction (they may overlap).</summary>
    public int Partitions { get; set; }

    /// <summary>A slow-link fault's replacement latency, if one is active.</summary>
    public Distribution? LatencyOverride { get; set; }

    /// <summary>A slow-link fault's added latency, if one is active.</summary>
    public Distribution? ExtraLatency { get; set; }

    /// <summary>A lossy-link fault's loss probability, if one is active.</summary>
    public double? LossOverride { get; set; }

    public bool Up => Partitions == 0;

    /// <summary>Not partitioned and not losing every transmission: a stream can make progress on it.</summary>
    public bool Carries => Up && Loss < 1;

    public double Loss => LossOverride ?? _loss;

    public double MeanLatencyNanos => _latency.Mean;

    /// <summary>The configured bandwidth (0: unlimited).</summary>
    public double BandwidthBitsPerSecond => spec.BandwidthBitsPerSecond;

    /// <summary>An overload of this link was reported already (once per run is enough).</summary>
    public bool OverloadReported { get; set; }

    /// <summary>Bytes put on the wire since the last call (copies that were lost included), and starts counting again.</summary>
    public long TakeWindowBytes()
    {
        var bytes = _windowBytes;
        _windowBytes = 0;
        return bytes;
    }

    /// <summary>
    /// Puts <paramref name="bytes"/> on the wire at <paramref name="now"/>: it waits for the link to be
    /// free, occupies it for size/bandwidth, then propagates. Returns the arrival time.
    /// </summary>
    public long Transmit(long now, int bytes, RandomStream rng)
    {
        var done = OffTheWire(now, bytes);
        if (_nanosPerByte > 0)
        {
            _busyUntil = done;
        }
        return done + Latency(rng);
    }

    /// <summary>
    /// A retransmission at a later time <paramref name="at"/>: it waits for what is queued now, but
    /// does not reserve the link ahead of time, or every message sent before <paramref name="at"/>
    /// would queue behind a copy not yet sent.
    /// </summary>
    public long Retransmit(long at, int bytes, RandomStream rng) => OffTheWire(at, bytes) + Latency(rng);

    // When the last byte leaves: after what is queued now and the serialization time; counted in
    // the overload window either way.
    private long OffTheWire(long at, int bytes)
    {
        _windowBytes += bytes;
        return _nanosPerByte > 0 ? Math.Min(Math.Max(at, _busyUntil) + SerializationNanos(bytes), HorizonNanos) : at;
    }

    // Saturated, not wrapped: a queue that would end past the horizon ends after any run anyway,
    // while a wrapped sum would schedule its arrival in the past.
    private long SerializationNanos(int bytes) => (long)Math.Min(Math.Round(bytes * _nanosPerByte), HorizonNanos);

    private long Latency(RandomStream rng)
    {
        var baseLatency = LatencyOverride is { } replaced ? replaced.SampleDuration(rng).Nanos
            : _constantLatency >= 0 ? _constantLatency
            : _latency.SampleDuration(rng).Nanos;
        return ExtraLatency is { } extra ? baseLatency + extra.SampleDuration(rng).Nanos : baseLatency;
    }
}
