using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>Open-loop Poisson clients in one region (<c>region: all</c> is expanded to one per region).</summary>
/// <param name="Until">When the clients stop sending (null: never), so a run can end with the system settling.</param>
public sealed record ClientSpec(
    RegionId Region,
    double RatePerSecond,
    double ReadFraction,
    int Sessions,
    Consistency Consistency,
    SimDuration Timeout,
    SimDuration? Until = null);

/// <summary>The session guarantee a client asks for.</summary>
public enum Consistency
{
    /// <summary>No session guarantee: a read may return anything a replica has.</summary>
    Eventual,

    /// <summary>A read sees the session's acknowledged writes.</summary>
    ReadYourWrites,

    /// <summary>A read never sees an older state than the session's earlier reads.</summary>
    MonotonicReads,
}
