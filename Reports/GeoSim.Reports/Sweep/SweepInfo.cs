namespace GeoSim.Reports.Sweep;

/// <summary>
/// What a sweep's run.json records beside the output marker. Nothing here depends on the wall
/// clock or the command line, so an unsharded sweep and a merge of its shards write the same bytes.
/// </summary>
/// <param name="Name">The sweep's name (its file name without extension): the marker's <c>scenario</c>.</param>
/// <param name="Version">The GeoSim version that ran it.</param>
/// <param name="Shard">"I/N" for one slice of the runs, null for the whole sweep or a merge.</param>
/// <param name="RunsPlanned">Runs of the expanded grid this folder is meant to hold (its shard's, or all).</param>
/// <param name="RunsDone">Runs whose results the folder holds.</param>
public sealed record SweepInfo(string Name, string Version, string? Shard, int RunsPlanned, int RunsDone)
{
    /// <summary>True when every planned run is done.</summary>
    public bool Complete => RunsDone == RunsPlanned;
}
