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
        scenario.Network.Links.Single(l => l.From == scenario.Region(from) && l.To == scenario.Region(to));

    /// <summary>The id a region of the scenario has: its place in <c>regions:</c>.</summary>
    public static RegionId Region(this ScenarioSpec scenario, string name)
    {
        var index = scenario.Regions.Select(r => r.Name).ToList().IndexOf(name);
        return index >= 0 ? new RegionId(index) : throw new ArgumentException($"the scenario has no region {name}", nameof(name));
    }

    public static string RegionName(this ScenarioSpec scenario, RegionId region) => scenario.Regions[region.Index].Name;
}
