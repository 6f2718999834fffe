using System.Diagnostics;

namespace GeoSim.Reports.Tests;

/// <summary>
/// Makes a folder refuse new entries for the length of a test: mode 555, and for root (whom modes
/// do not stop) the immutable attribute as well.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class ReadOnlyFolder : IDisposable
{
    private readonly string _path;
    private readonly bool _immutable;

    private ReadOnlyFolder(string path, bool immutable)
    {
        _path = path;
        _immutable = immutable;
    }

    public static ReadOnlyFolder Make(string path)
    {
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead
            | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var immutable = TakesNewFolders(path) && Chattr("+i", path);
        if (TakesNewFolders(path))
        {
            Assert.Inconclusive($"cannot make {path} refuse new folders here (root without chattr)");
        }
        return new ReadOnlyFolder(path, immutable);
    }

    public void Dispose()
    {
        if (_immutable)
        {
            Chattr("-i", _path);
        }
        File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static bool TakesNewFolders(string path)
    {
        var probe = Path.Combine(path, "probe");
        try
        {
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Chattr(string change, string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [change, path]) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
