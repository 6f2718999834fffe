using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>Open-loop Poisson clients in one region (<c>region: all</c> is expanded to one per region).</summary>
public sealed record ClientSpec(
    string Region,
    double RatePerSecond,
    double ReadFraction,
    int Sessions,
    Consistency Consistency,
    SimDuration Timeout);

/// <summary>The session guarantee a client asks for.</summary>
public enum Consistency
{
    Eventual,
}
