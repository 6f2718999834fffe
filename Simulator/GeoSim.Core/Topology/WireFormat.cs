using GeoSim.Core.Spec;

namespace GeoSim.Core.Topology;

/// <summary>
/// The bytes a message takes on the wire and the time its encoding costs. Delta sync shrinks an
/// update (a message of exactly one value on an ordered, reliable stream, whose receiver holds the
/// value before it) to a header and its changed fields, when that is smaller; a snapshot or a
/// datagram (whose receiver may have missed the one before) carries whole values. Compression then
/// scales every message, at a CPU cost per message added to its delivery.
/// </summary>
public sealed class WireFormat(WireSpec spec, int valueSizeBytes)
{
    /// <summary>The bytes of a delta beside its changed fields: key, version, field mask.</summary>
    public const int DeltaHeaderBytes = Network.ControlMessageBytes;

    public long CpuNanos { get; } = spec.CompressionCpu.Nanos;

    public int OnWire(int bytes, bool stream)
    {
        long size = bytes;
        if (stream && spec.DeltaFields > 0 && bytes == valueSizeBytes)
        {
            size = Math.Min(size, DeltaHeaderBytes + (long)Math.Ceiling((double)valueSizeBytes * spec.DeltaChanged / spec.DeltaFields));
        }
        return spec.CompressionRatio < 1 ? (int)Math.Ceiling(size * spec.CompressionRatio) : (int)size;
    }
}
