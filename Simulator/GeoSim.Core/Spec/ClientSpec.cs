using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>Open-loop Poisson clients in one region (<c>region: all</c> is expanded to one per region).</summary>
/// <param name="Until">When the clients stop sending (null: never), so a run can end with the system settling.</param>
public sealed record ClientSpec(
    string Region,
    double RatePerSecond,
    double ReadFraction,
    int Sessions,
    Consistency Consistency,
    SimDuration Timeout,
    SimDuration? Until = null);

/// <summary>The session guarantee a client asks for.</summary>
public enum Consistency
{
    Eventual,
}
