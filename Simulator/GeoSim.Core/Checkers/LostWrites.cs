namespace GeoSim.Core.Checkers;

/// <summary>Acknowledged writes that a promotion made unreachable: how many, and the commit times of the oldest and newest.</summary>
public readonly record struct LostWrites(long Count, long OldestCommitTime, long NewestCommitTime);
