namespace GeoSim.Core.Spec;

/// <summary>The keyspace and the open-loop clients that drive it.</summary>
public sealed record WorkloadSpec(int Keys, KeyDistributionSpec KeyDistribution, int ValueSizeBytes, IReadOnlyList<ClientSpec> Clients)
{
    /// <summary>Federated queries issued beside the point reads and writes (<c>workload.queries</c>).</summary>
    public IReadOnlyList<QuerySpec> Queries { get; init; } = [];
}
