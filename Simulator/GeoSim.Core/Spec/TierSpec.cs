using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>One storage tier: the keys younger than <paramref name="MaxAge"/> (and not younger tiers'), where they are kept, and what a read there costs.</summary>
/// <param name="MaxAge">Keys of this age or older belong to a later tier; null for the last tier, which takes every older key.</param>
/// <param name="Regions">The regions holding the tier, in scenario order; null for <c>hot</c>, which is where the strategy keeps its data.</param>
/// <param name="ReadLatency">Added to a read served by the tier (its storage's first-byte time); zero for <c>hot</c>.</param>
public sealed record TierSpec(StorageTier Tier, SimDuration? MaxAge, IReadOnlyList<RegionId>? Regions, Distribution ReadLatency);
