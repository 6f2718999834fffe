namespace GeoSim.Reports;

/// <summary>
/// Walks an output folder against its marker's file list, without ever following a symbolic link
/// or descending into a folder the list does not account for: what it calls GeoSim's, and the only
/// thing it deletes, is a regular file the marker lists.
/// </summary>
internal static class OutputContents
{
    private static readonly IReadOnlySet<string> Nothing = new HashSet<string>();

    /// <summary>The entries of <paramref name="folder"/> that <paramref name="listed"/> does not name, sorted (a foreign folder ends in '/').</summary>
    public static List<string> Foreign(string folder, IReadOnlySet<string>? listed)
    {
        var foreign = new List<string>();
        Walk(new DirectoryInfo(folder), "", listed ?? Nothing, foreign);
        return foreign;
    }

    /// <summary>
    /// Deletes the files of <paramref name="folder"/> that <paramref name="listed"/> names, then the
    /// folders left empty; true when the folder itself is gone (nothing else was in it).
    /// </summary>
    public static bool RemoveListed(string folder, IReadOnlySet<string> listed) =>
        Remove(new DirectoryInfo(folder), "", listed);

    /// <summary>"3 entries GeoSim did not write: a, b, c", naming at most a few.</summary>
    public static string Describe(IReadOnlyList<string> foreign)
    {
        const int shown = 5;
        var names = string.Join(", ", foreign.Take(shown)) + (foreign.Count > shown ? $" and {foreign.Count - shown} more" : "");
        return $"{foreign.Count} {(foreign.Count == 1 ? "entry" : "entries")} GeoSim did not write: {names}";
    }

    private static void Walk(DirectoryInfo dir, string prefix, IReadOnlySet<string> listed, List<string> foreign)
    {
        foreach (var entry in Entries(dir))
        {
            var relative = prefix + entry.Name;
            if (IsListedFile(entry, relative, listed))
            {
                continue;
            }
            if (IsListedFolder(entry, relative, listed))
            {
                Walk((DirectoryInfo)entry, relative + "/", listed, foreign);
                continue;
            }
            foreign.Add(entry is DirectoryInfo && entry.LinkTarget is null ? relative + "/" : relative);
        }
    }

    private static bool Remove(DirectoryInfo dir, string prefix, IReadOnlySet<string> listed)
    {
        var empty = true;
        foreach (var entry in Entries(dir))
        {
            var relative = prefix + entry.Name;
            if (IsListedFile(entry, relative, listed))
            {
                entry.Delete();
            }
            else if (!IsListedFolder(entry, relative, listed) || !Remove((DirectoryInfo)entry, relative + "/", listed))
            {
                empty = false;
            }
        }
        if (empty)
        {
            dir.Delete();
        }
        return empty;
    }

    private static FileSystemInfo[] Entries(DirectoryInfo dir) =>
        dir.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();

    private static bool IsListedFile(FileSystemInfo entry, string relative, IReadOnlySet<string> listed) =>
        entry is FileInfo && entry.LinkTarget is null && listed.Contains(relative);

    private static bool IsListedFolder(FileSystemInfo entry, string relative, IReadOnlySet<string> listed) =>
        entry is DirectoryInfo && entry.LinkTarget is null && listed.Any(f => f.StartsWith(relative + "/", StringComparison.Ordinal));
}
