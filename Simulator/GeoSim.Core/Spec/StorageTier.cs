namespace GeoSim.Core.Spec;

/// <summary>The storage tiers of <c>storage.tiers</c>, youngest keys first.</summary>
public enum StorageTier
{
    Hot,
    Warm,
    Cold,
}
