using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>A node this one gave a chunk of a data class's copy to (the chunk's <paramref name="Keys"/>), and the class's placement epoch the chunk was taken in.</summary>
internal sealed record CopyTarget(DataClassSpec Keys, int Placement, NodeId To);
