namespace GeoSim.Reports.Sweep;

/// <summary>
/// A sweep's output folder, written through the same atomic writer as a run's
/// (<see cref="OutputFolder"/>): a temporary sibling, run.json listing every file, one swap.
/// Check the path first with <see cref="OutputGuard.Check(string, string, bool)"/>, passing the
/// sweep's name as the scenario.
/// </summary>
public static class SweepFolder
{
    /// <param name="writeFiles">Fills the temporary folder (runs.csv, sweep.csv, charts, ...); run.json comes after it.</param>
    /// <returns>Notes for the user on what was tidied up.</returns>
    /// <exception cref="OutputFolderException">Something GeoSim did not write is at the path.</exception>
    public static IReadOnlyList<string> Write(string outDir, SweepInfo info, Action<string> writeFiles) =>
        OutputFolder.WriteFolder(outDir, writeFiles, (temp, files) => SweepRunJson.Write(temp, info, files), _ => { });

    /// <summary>True when <paramref name="folder"/> is an output folder a sweep (or a shard of one, or a merge) wrote.</summary>
    public static bool IsSweep(string folder) => SweepRunJson.IsSweep(folder);
}
