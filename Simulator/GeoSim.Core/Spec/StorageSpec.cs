using GeoSim.Core.Distributions;

namespace GeoSim.Core.Spec;

/// <summary>
/// <c>storage:</c> the age of each key (time since its last write, drawn once per key at the start
/// from <paramref name="KeyAge"/>) and the tiers that keep keys by age. Hot keys are the strategy's;
/// a read of a warm or cold key is served by the nearest region holding its tier.
/// </summary>
/// <param name="Tiers">Hot first, then warm and/or cold, by increasing age.</param>
public sealed record StorageSpec(Distribution KeyAge, IReadOnlyList<TierSpec> Tiers)
{
    /// <summary>Every key hot: what a scenario without <c>storage:</c> stores (its size still has a price).</summary>
    public static readonly StorageSpec AllHot = new(new ConstantDistribution(0), [new TierSpec(StorageTier.Hot, null, null, new ConstantDistribution(0))]);

    /// <summary>True when some keys live outside the strategy (a warm or cold tier exists).</summary>
    public bool HasColderTiers => Tiers.Count > 1;
}
