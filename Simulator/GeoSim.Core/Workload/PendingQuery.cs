namespace GeoSim.Core.Workload;

/// <summary>A federated query waiting for the rows of its regions; the generation tells a late piece from a current one.</summary>
internal struct PendingQuery
{
    public int Generation;
    public int Query;
    public int Remaining;
    public long IssuedAtNanos;
    public bool Waiting;
}
