using GeoSim.Core.Spec;

namespace GeoSim.Core.Workload;

/// <summary>What the query driver tells the metrics about the federated queries it issued.</summary>
internal interface IQueryObserver
{
    /// <summary>Query <paramref name="query"/>'s request or rows went on the wire from <paramref name="src"/> to <paramref name="dst"/>.</summary>
    void OnBytes(int query, RegionId src, RegionId dst, int bytes, long now);

    /// <summary>
    /// A query issued at <paramref name="issuedAt"/> completed (<paramref name="success"/>) or timed
    /// out; told only for queries whose timeout falls within the run.
    /// </summary>
    void OnFinished(int query, long issuedAt, long now, bool success);
}
