namespace GeoSim.Reports;

/// <summary>
/// Whether the folder an output folder goes into exists or can be made, and takes new folders:
/// checked by making (and removing) a probe folder in the nearest existing ancestor, which
/// catches a read-only file system, missing permission and virtual file systems alike.
/// </summary>
internal static class OutputParent
{
    // Kernel file systems: a folder there is not a file, whatever mkdir says.
    private static readonly string[] VirtualRoots = ["/proc", "/sys", "/dev"];

    /// <summary>Why no output folder can be made at <paramref name="full"/>; null when one can.</summary>
    public static string? Problem(string full)
    {
        if (OperatingSystem.IsLinux() && VirtualRoots.FirstOrDefault(root => full == root || full.StartsWith(root + "/", StringComparison.Ordinal)) is { } kernel)
        {
            return $"is in {kernel}, a virtual file system of the kernel, not a place for files: give another path";
        }
        var ancestor = Path.GetDirectoryName(full);
        while (ancestor is not null && !Directory.Exists(ancestor))
        {
            if (Path.Exists(ancestor) || new FileInfo(ancestor).LinkTarget is not null)
            {
                return $"its parent {ancestor} is a file, not a folder";
            }
            ancestor = Path.GetDirectoryName(ancestor);
        }
        return ancestor is null ? null : ProbeProblem(ancestor);
    }

    private static string? ProbeProblem(string folder)
    {
        var probe = Path.Combine(folder, $".geosim-probe-{Environment.ProcessId}-{Path.GetRandomFileName().Replace(".", "")[..8]}");
        try
        {
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return $"cannot create folders in {folder}: permission denied";
        }
        catch (IOException e)
        {
            // .NET appends " : 'path'" to the system's reason; the probe's name would only confuse.
            return $"cannot create folders in {folder}: {e.Message.Replace($" : '{probe}'", "")}";
        }
    }
}
