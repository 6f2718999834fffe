namespace GeoSim.Core.Checkers;

/// <summary>A copy of one node's store in flight to another, with what the ledger knew the captured node had applied.</summary>
internal sealed record StoreSnapshot(int[] Writes, long[] Versions, long[] Cursors);
