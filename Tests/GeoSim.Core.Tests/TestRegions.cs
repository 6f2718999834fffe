using GeoSim.Core.Spec;

namespace GeoSim.Core.Tests;

/// <summary>
/// The regions of the scenarios built here, which declare them as a, b, c, d in that order:
/// region i of <see cref="ScenarioSpec.Regions"/> is <c>RegionId(i)</c>.
/// </summary>
internal static class TestRegions
{
    public static readonly RegionId A = new(0);
    public static readonly RegionId B = new(1);
    public static readonly RegionId C = new(2);
    public static readonly RegionId D = new(3);
}
