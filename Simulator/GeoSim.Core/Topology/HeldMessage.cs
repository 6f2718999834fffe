namespace GeoSim.Core.Topology;

/// <summary>A held message: its slot on the wire, its size, and its place in the send order.</summary>
internal readonly record struct HeldMessage(int Slot, int Bytes, long SendSeq);
