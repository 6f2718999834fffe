using GeoSim.Core.Replication;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario;

/// <summary>What <c>validate</c> says of a valid scenario beyond "ok": what its strategies can never do in it.</summary>
public static class ScenarioNotes
{
    public static IEnumerable<string> For(ScenarioSpec scenario) => StrategyCatalog.Notes(scenario);
}
