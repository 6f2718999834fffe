namespace GeoSim.Core.Spec;

/// <summary>
/// A named class of keys (<c>data-classes:</c>): the keys from <paramref name="FirstKey"/> up to
/// <paramref name="EndKey"/> (exclusive), and the regions allowed to store or receive their values.
/// </summary>
/// <param name="Residency">The allowed regions, in scenario order; null: anywhere.</param>
public sealed record DataClassSpec(string Name, int FirstKey, int EndKey, IReadOnlyList<RegionId>? Residency)
{
    public bool Contains(int key) => key >= FirstKey && key < EndKey;

    public bool Allows(RegionId region) => Residency is null || Residency.Contains(region);
}
