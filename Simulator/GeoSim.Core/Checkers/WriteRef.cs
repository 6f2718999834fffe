namespace GeoSim.Core.Checkers;

/// <summary>
/// A write just committed: <see cref="Id"/> is what messages carry (a replica applies it while it
/// still exists), and the pair is what a later reply needs, because an id is reused once its write
/// is applied everywhere and superseded, which can happen before a semi-sync reply goes out.
/// </summary>
public readonly record struct WriteRef(int Id, long CommitSeq);
