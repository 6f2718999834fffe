using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>
/// The resolved network: one <see cref="LinkSpec"/> for every ordered region pair, the diagonal
/// (From == To) being the intra-region link.
/// </summary>
/// <param name="RetransmitAfter">How long a reliable stream waits before resending a lost message.</param>
/// <param name="ReconnectAfter">How long a reliable stream takes to resume after a partition heals or a node recovers.</param>
public sealed record NetworkSpec(IReadOnlyList<LinkSpec> Links, SimDuration RetransmitAfter, SimDuration ReconnectAfter)
{
    public static readonly SimDuration DefaultRetransmitAfter = SimDuration.FromMilliseconds(200);
    public static readonly SimDuration DefaultReconnectAfter = SimDuration.FromSeconds(1);
}
