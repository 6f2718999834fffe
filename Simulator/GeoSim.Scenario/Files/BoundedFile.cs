using System.Text;
using GeoSim.Scenario.Limits;

namespace GeoSim.Scenario.Files;

/// <summary>
/// Reads a whole text file only when it is a regular file no larger than a cap, so that a device
/// (<c>/dev/zero</c>), a pipe or a directory given as a file is refused before it is opened:
/// a device or pipe reports a length of zero and would block or never end. Errors name the path
/// and the reason, never the file's content.
/// </summary>
internal static class BoundedFile
{
    /// <param name="displayName">The file as the user named it, for messages.</param>
    public static bool TryReadText(string path, string displayName, long maxBytes, out string text, out string error)
    {
        text = "";
        error = "";
        try
        {
            if (Directory.Exists(path))
            {
                error = $"'{displayName}' is a folder, not a file";
                return false;
            }
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = $"'{displayName}' not found (looked for {Path.GetFullPath(path)})";
                return false;
            }
            if (info.Length == 0)
            {
                error = $"'{displayName}' is empty, or is not a regular file (a device or a pipe)";
                return false;
            }
            if (info.Length > maxBytes)
            {
                error = $"'{displayName}' is {Approximate.Bytes(info.Length)}; files of at most {Approximate.Bytes(maxBytes)} are read";
                return false;
            }
            return TryReadExactly(path, displayName, info.Length, out text, out error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"cannot read '{displayName}': {Reason(e)}";
            return false;
        }
    }

    // The length was checked, but a file can grow between the check and the read: read one byte more to see it.
    private static bool TryReadExactly(string path, string displayName, long length, out string text, out string error)
    {
        text = "";
        error = "";
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[length + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
        {
            read += n;
        }
        if (read > length)
        {
            error = $"'{displayName}' changed while being read";
            return false;
        }
        text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(buffer, 0, read).TrimStart('\uFEFF');
        return true;
    }

    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "the path is too long",
        ArgumentException or NotSupportedException => "the path is not valid",
        _ => e.Message,
    };
}
