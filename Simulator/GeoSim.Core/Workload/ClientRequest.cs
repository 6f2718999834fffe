using GeoSim.Core.Spec;

namespace GeoSim.Core.Workload;

/// <summary>
/// A client operation as it travels to and between nodes. <see cref="Slot"/> and
/// <see cref="Generation"/> identify the waiting client; a reply for an op that already
/// timed out finds another generation and is ignored.
/// </summary>
/// <param name="Token">The session's token: the log position a read must reflect (0: none).</param>
/// <param name="Hops">How many times nodes have forwarded it (a bound stops forwarding loops).</param>
public readonly record struct ClientRequest(
    int Slot,
    int Generation,
    OpKind Kind,
    int Key,
    RegionId ClientRegion,
    int Session,
    long IssuedAtNanos,
    long Token = 0,
    int Hops = 0);
