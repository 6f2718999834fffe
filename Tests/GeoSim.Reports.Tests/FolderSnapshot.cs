namespace GeoSim.Reports.Tests;

/// <summary>Every file under a folder with its bytes, to prove a folder survived byte for byte.</summary>
internal static class FolderSnapshot
{
    public static SortedDictionary<string, byte[]> Take(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes),
            StringComparer.Ordinal);

    /// <summary>True when <paramref name="folder"/> holds exactly the files of <paramref name="snapshot"/>, byte for byte.</summary>
    public static bool Matches(string folder, SortedDictionary<string, byte[]> snapshot)
    {
        var now = Take(folder);
        return now.Keys.SequenceEqual(snapshot.Keys) && now.All(file => file.Value.AsSpan().SequenceEqual(snapshot[file.Key]));
    }

    /// <summary>True when <paramref name="folder"/> holds a complete GeoSim result: a marker, every file it lists, nothing else.</summary>
    public static bool IsCompleteResult(string folder)
    {
        if (!Directory.Exists(folder) || OutputMarker.Read(folder) is not { } marker)
        {
            return false;
        }
        var files = Take(folder).Keys.Select(f => f.Replace(Path.DirectorySeparatorChar, '/')).ToHashSet();
        return files.SetEquals(marker.Files);
    }

    public static string[] Siblings(string folder)
    {
        var parent = Path.GetDirectoryName(folder)!;
        return Directory.Exists(parent)
            ? Directory.GetFileSystemEntries(parent).Select(entry => Path.GetFileName(entry)!).Order(StringComparer.Ordinal).ToArray()
            : [];
    }
}
