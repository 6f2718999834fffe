namespace GeoSim.Core.Workload;

/// <summary>A client op waiting for its reply; the generation tells a late reply from a current one.</summary>
internal struct PendingOp
{
    public int Generation;

    /// <summary>Index of the client population that issued it.</summary>
    public int Client;
    public bool Waiting;
    public ClientRequest Request;
}
