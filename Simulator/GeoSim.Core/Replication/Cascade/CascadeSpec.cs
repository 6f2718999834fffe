using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Cascade;

/// <summary>
/// <c>type: cascade</c>: writes go to the head region; each region applies them and relays them
/// to its children (<c>chain:</c> or <c>tree:</c>), so lag accumulates hop by hop while the head
/// sends one stream per child instead of one per replica.
/// </summary>
/// <param name="Links">Parent-to-child edges of the tree; the head is the one region that is nobody's child.</param>
/// <param name="ReparentAfter">A relay that has not heard from its parent this long reattaches to its grandparent; null: never.</param>
public sealed record CascadeSpec(string Label, IReadOnlyList<CascadeLink> Links, SimDuration? ReparentAfter = null) : StrategySpec(Label)
{
    public override string Type => CascadeStrategy.Name;

    public override StrategyCapabilities Capabilities => StrategyCapabilities.None;

    /// <summary>The root of the tree, where every write is committed.</summary>
    public RegionId Head => Links.Select(l => l.Parent).First(p => Links.All(l => l.Child != p));

    public override string StartRole(RegionId region) => region == Head ? "primary" : "replica";

    public bool Equals(CascadeSpec? other) => other is not null && Label == other.Label && Links.SequenceEqual(other.Links) && ReparentAfter == other.ReparentAfter;

    public override int GetHashCode() => HashCode.Combine(Label, Links.Count);
}
