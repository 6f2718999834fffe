using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GeoSim.Reports;

/// <summary>
/// The sibling folders GeoSim makes beside an output folder, <c>NAME.tmp-PID-XXXXXXXX</c> (a result
/// being written, or after a swap the one it replaced) and <c>NAME.old-PID-XXXXXXXX</c> (set aside
/// where no atomic swap exists), and the clean-up of those an earlier run left when it was killed.
/// </summary>
internal static class StaleOutputs
{
    public const string TempTag = "tmp";
    public const string AsideTag = "old";

    /// <summary>A fresh sibling name; the same parent keeps every move a rename within one file system.</summary>
    public static string SiblingName(string target, string tag) =>
        $"{target}.{tag}-{Environment.ProcessId}-{Path.GetRandomFileName().Replace(".", "")[..8]}";

    /// <summary>Room a sibling name needs beyond the output folder's own name.</summary>
    public const int SiblingSuffixLength = 24;

    /// <summary>
    /// Removes the siblings of <paramref name="target"/> left by runs that are no longer running,
    /// but only those GeoSim's marker identifies as its own; a set-aside result whose run died
    /// before the new one moved in goes back to the path instead. Returns what it did, to tell.
    /// </summary>
    public static List<string> Clean(string target)
    {
        var notes = new List<string>();
        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(parent))
        {
            return notes;
        }
        var pattern = new Regex($"^{Regex.Escape(Path.GetFileName(target))}\\.({TempTag}|{AsideTag})-([0-9]{{1,10}})-[a-z0-9]{{8}}$");
        foreach (var sibling in new DirectoryInfo(parent).EnumerateDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var match = pattern.Match(sibling.Name);
            if (!match.Success || sibling.LinkTarget is not null || IsRunning(match.Groups[2].Value))
            {
                continue;
            }
            try
            {
                if (CleanOne(sibling.FullName, target, match.Groups[1].Value == AsideTag) is { } note)
                {
                    notes.Add(note);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notes.Add($"left {sibling.FullName} as it is: {e.Message}");
            }
        }
        return notes;
    }

    private static string? CleanOne(string sibling, string target, bool setAside)
    {
        if (OutputMarker.IsBeingWritten(sibling))
        {
            // A folder GeoSim created under a random name and marked first thing: all of it is GeoSim's.
            Directory.Delete(sibling, recursive: true);
            return $"removed {sibling}, the unfinished output of a run that was stopped";
        }
        var marker = OutputMarker.Read(sibling);
        if (marker is null || OutputContents.Foreign(sibling, marker.Files).Count > 0)
        {
            return null;
        }
        if (setAside && !Path.Exists(target))
        {
            Directory.Move(sibling, target);
            return $"restored {target} from {sibling}, where a run that was stopped had set it aside";
        }
        return OutputContents.RemoveListed(sibling, marker.Files)
            ? $"removed {sibling}, a result left behind by a run that was stopped"
            : null;
    }

    // Our own process counts as running: its siblings are in use. A reused process id only delays a clean-up.
    private static bool IsRunning(string pidText)
    {
        if (!int.TryParse(pidText, out var pid))
        {
            return false;
        }
        if (pid == Environment.ProcessId)
        {
            return true;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
