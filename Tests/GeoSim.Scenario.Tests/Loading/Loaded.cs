using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

/// <summary>Loads scenario text that must be valid.</summary>
internal static class Loaded
{
    public static ScenarioSpec Scenario(string yaml)
    {
        var result = ScenarioLoader.Load(yaml, Errors.File);
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Ok, Is.True);
        return result.Scenario!;
    }

    public static LinkSpec Link(this ScenarioSpec scenario, string from, string to) =>
        scenario.Network.Links.Single(l => l.From == from && l.To == to);
}
