using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>
/// How a strategy's nodes put data on the wire (<c>compression:</c>, <c>delta-sync:</c> in its
/// block): compressed to <see cref="CompressionRatio"/> of its bytes at <see cref="CompressionCpu"/>
/// per message, and updates sent as their <see cref="DeltaChanged"/> changed fields of
/// <see cref="DeltaFields"/>.
/// </summary>
/// <param name="CompressionRatio">In (0, 1]; 1: uncompressed.</param>
/// <param name="DeltaFields">Fields of a value; 0: whole values.</param>
public sealed record WireSpec(double CompressionRatio, SimDuration CompressionCpu, int DeltaFields, int DeltaChanged)
{
    public static readonly WireSpec Plain = new(1, SimDuration.Zero, 0, 0);
}
