using GeoSim.Core.Spec;

namespace GeoSim.Core.Workload;

/// <summary>What the client driver tells the metrics and checkers about the ops it issued.</summary>
internal interface IClientObserver
{
    /// <summary>
    /// An op ended: its reply arrived (<paramref name="success"/>) or its timeout passed first.
    /// Only ops whose timeout falls within the run are told: every one of them has an outcome
    /// whatever the strategy, so strategies compared on one seed are judged on the same ops.
    /// </summary>
    void OnOpFinished(RegionId clientRegion, OpKind kind, int key, long issuedAt, long now, bool success, ReadOutcome read);

    /// <summary>A read of a key of <paramref name="tier"/> ended, told after <see cref="OnOpFinished"/> when tiers are configured.</summary>
    void OnTierRead(StorageTier tier, long issuedAt, long now, bool success);

    /// <summary>A reply reached its waiting client of population <paramref name="client"/> in time.</summary>
    void OnReply(int client, in ClientRequest request, in ClientReply reply, long now);
}
