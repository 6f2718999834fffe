namespace GeoSim.Core.Spec;

/// <summary>
/// What moving data between regions costs (<c>cost:</c>, or the AWS price table with
/// <c>network.preset: aws</c>): USD per GB (10^9 bytes) sent, for each ordered region pair, indexed
/// from × regions + to; billed to the sending region, as cloud providers bill egress.
/// </summary>
public sealed record CostSpec(IReadOnlyList<double> EgressUsdPerGb)
{
    public bool Equals(CostSpec? other) => other is not null && EgressUsdPerGb.SequenceEqual(other.EgressUsdPerGb);

    public override int GetHashCode() => EgressUsdPerGb.Count;
}
