using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>A node this one gave a copy of <paramref name="Class"/> to, and the class's placement epoch the copy was taken in.</summary>
internal sealed record CopyTarget(DataClassSpec Class, int Placement, NodeId To);
