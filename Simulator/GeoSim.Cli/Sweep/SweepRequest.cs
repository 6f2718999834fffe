namespace GeoSim.Cli.Sweep;

/// <summary>What <c>geosim sweep</c> was asked to do.</summary>
/// <param name="Parallel">Threads to run on (at least 1).</param>
/// <param name="Charts">Keep each run's CSV files, charts and report (under runs/ in the output folder).</param>
internal sealed record SweepRequest(string SweepPath, string? OutDir, int Parallel, Shard? Shard, bool Charts, bool Force);
