using GeoSim.Core.Spec;

namespace GeoSim.Core.Replication;

/// <summary>One chunk of a data class's copy to a joining node: the keys it covers, the class's index and the chunk's number.</summary>
internal sealed record CopyPart(DataClassSpec Keys, int Class, int Chunk);
