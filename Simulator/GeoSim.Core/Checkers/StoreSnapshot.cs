namespace GeoSim.Core.Checkers;

/// <summary>
/// A copy of one node's store (or of its keys from <paramref name="FirstKey"/> on) in flight to
/// another, with what the ledger knew the captured node had applied.
/// </summary>
internal sealed record StoreSnapshot(int[] Writes, long[] Versions, long[] Cursors, int FirstKey = 0);
