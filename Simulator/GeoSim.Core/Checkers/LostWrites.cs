namespace GeoSim.Core.Checkers;

/// <summary>Acknowledged writes that a promotion made unreachable: how many, and the commit time of the oldest.</summary>
public readonly record struct LostWrites(long Count, long OldestCommitTime);
