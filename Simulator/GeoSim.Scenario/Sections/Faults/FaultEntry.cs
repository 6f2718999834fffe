using GeoSim.Core.Engine;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections.Faults;

/// <summary>
/// One item of <c>faults:</c>: its type, its keys (already checked against that type) and its
/// window. <see cref="At"/> and <see cref="For"/> are null when invalid (already reported).
/// </summary>
internal sealed record FaultEntry(string Type, MappingNode Node, MappingReader Reader, SimDuration? At, SimDuration? For);
