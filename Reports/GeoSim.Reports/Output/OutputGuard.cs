using System.Text;

namespace GeoSim.Reports;

/// <summary>
/// Decides, before anything is simulated, whether a run may write its output folder at a path.
/// GeoSim replaces its output folder as a whole, so it writes only where nothing is, into an
/// empty folder, or over a folder it wrote itself (<see cref="OutputMarker"/>) and that holds
/// nothing else; never over the current, home or root folder or a parent of the current one.
/// </summary>
public static class OutputGuard
{
    private const int MaxNameBytes = 255;
    private const int MaxPathBytes = 4095;

    /// <summary>Checks <paramref name="outDir"/> for a run of <paramref name="scenario"/>, and removes stale folders of killed runs beside it.</summary>
    /// <param name="force">Replace a folder GeoSim wrote for another scenario (never one holding anything else).</param>
    public static OutputCheck Check(string outDir, string scenario, bool force) =>
        Check(outDir, scenario, force, Environment.CurrentDirectory, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    internal static OutputCheck Check(string outDir, string scenario, bool force, string currentFolder, string home)
    {
        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return new OutputCheck(outDir, $"is not a usable path ({e.Message})", []);
        }
        var problem = NameProblem(full) ?? ProtectedProblem(full, scenario, currentFolder, home) ?? OutputParent.Problem(full);
        if (problem is not null)
        {
            return new OutputCheck(full, problem, []);
        }
        var notes = StaleOutputs.Clean(full);
        return new OutputCheck(full, ReplaceProblem(full) ?? ScenarioProblem(full, scenario, force), notes);
    }

    /// <summary>Why the folder at <paramref name="full"/> may not be replaced, whoever wrote it; null when it may.</summary>
    internal static string? ReplaceProblem(string full)
    {
        var entry = new FileInfo(full);
        if (entry.LinkTarget is { } link)
        {
            return $"is a symbolic link (to {link}); GeoSim writes a folder of its own: give the folder itself or another path";
        }
        if (entry.Exists)
        {
            return "is a file, not a folder: give another path";
        }
        if (!Directory.Exists(full))
        {
            return null;
        }
        try
        {
            var marker = OutputMarker.Read(full);
            var foreign = OutputContents.Foreign(full, marker?.Files);
            return foreign.Count == 0
                ? null
                : $"holds {OutputContents.Describe(foreign)}. GeoSim never deletes files it did not write: " +
                  $"choose another path{(marker is null ? "" : ", or move those out")} (--force replaces only a folder GeoSim wrote earlier)" +
                  (marker is null && LooksLikeAnUnmarkedResult(full) ? UnmarkedHint : "");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read to see what it holds: {e.Message}";
        }
    }

    private const string UnmarkedHint =
        ". Its run.json has no output marker: if an older GeoSim wrote it, delete the folder yourself";

    // Only to word the message: a run.json naming a GeoSim version, without the marker, is not proof of anything.
    private static bool LooksLikeAnUnmarkedResult(string full)
    {
        var runJson = new FileInfo(Path.Combine(full, RunJson.FileName));
        return runJson.Exists && runJson.LinkTarget is null && runJson.Length < 1 << 20
            && File.ReadAllText(runJson.FullName).Contains("\"geosim_version\"", StringComparison.Ordinal);
    }

    private static string? ScenarioProblem(string full, string scenario, bool force) =>
        !force && OutputMarker.Read(full) is { } marker && marker.Scenario != scenario
            ? $"holds GeoSim's results of scenario {marker.Scenario}, and this run is {scenario}: add --force to replace them, or choose another path"
            : null;

    private static string? NameProblem(string full)
    {
        var name = Path.GetFileName(full);
        var nameBytes = Encoding.UTF8.GetByteCount(name);
        if (nameBytes + StaleOutputs.SiblingSuffixLength > MaxNameBytes)
        {
            return $"its name is {nameBytes} bytes long; file systems allow {MaxNameBytes} and GeoSim needs " +
                   $"{StaleOutputs.SiblingSuffixLength} for the temporary folder beside it, so at most {MaxNameBytes - StaleOutputs.SiblingSuffixLength}";
        }
        var longest = full.Split(Path.DirectorySeparatorChar).Max(Encoding.UTF8.GetByteCount);
        if (longest > MaxNameBytes)
        {
            return $"one of its folder names is {longest} bytes long; file systems allow at most {MaxNameBytes}";
        }
        var pathBytes = Encoding.UTF8.GetByteCount(full);
        return pathBytes + StaleOutputs.SiblingSuffixLength > MaxPathBytes
            ? $"the path is {pathBytes} bytes long; at most {MaxPathBytes - StaleOutputs.SiblingSuffixLength} fit"
            : null;
    }

    private static string? ProtectedProblem(string full, string scenario, string currentFolder, string home)
    {
        var what = Path.GetDirectoryName(full) is null ? "the root folder"
            : SamePath(full, home) ? "your home folder"
            : SamePath(full, currentFolder) ? "the current folder"
            : IsAncestor(full, currentFolder) ? "a parent of the current folder"
            : null;
        if (what is null)
        {
            return null;
        }
        var foreign = ForeignOrNone(full);
        var holds = foreign.Count > 0 ? $" and holds {OutputContents.Describe(foreign)}" : "";
        return $"is {what}{holds}. GeoSim replaces its output folder as a whole, so it must be a folder of its own: " +
               $"give a new path, e.g. --out results/{scenario}";
    }

    private static List<string> ForeignOrNone(string full)
    {
        try
        {
            return Directory.Exists(full) ? OutputContents.Foreign(full, OutputMarker.Read(full)?.Files) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static StringComparison PathComparison =>
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private static bool SamePath(string a, string b) =>
        b.Length > 0 && string.Equals(a, Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), PathComparison);

    private static bool IsAncestor(string folder, string of)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(of));
        return full.StartsWith(folder + Path.DirectorySeparatorChar, PathComparison);
    }
}
