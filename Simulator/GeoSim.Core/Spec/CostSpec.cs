namespace GeoSim.Core.Spec;

/// <summary>
/// What moving data between regions costs (<c>cost:</c>, or the AWS price table with
/// <c>network.preset: aws</c>): USD per GB (10^9 bytes) sent, for each ordered region pair, indexed
/// from × regions + to; billed to the sending region, as cloud providers bill egress; and what
/// storing a GB for a month costs in each storage tier.
/// </summary>
/// <param name="StorageUsdPerGbMonth">USD per GB stored for a month, by <see cref="StorageTier"/>; null: storage has no price.</param>
public sealed record CostSpec(IReadOnlyList<double> EgressUsdPerGb, IReadOnlyList<double>? StorageUsdPerGbMonth = null)
{
    public bool Equals(CostSpec? other) =>
        other is not null && EgressUsdPerGb.SequenceEqual(other.EgressUsdPerGb)
        && (StorageUsdPerGbMonth ?? []).SequenceEqual(other.StorageUsdPerGbMonth ?? []);

    public override int GetHashCode() => EgressUsdPerGb.Count;
}
