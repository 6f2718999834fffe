using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication;

/// <summary>A region of the scenario as a strategy block may check it: its id (the topology's numbering), name, nodes, and whether clients are there.</summary>
public sealed record ScenarioRegion(RegionId Id, string Name, int Nodes, bool HasClients);
