using System.Runtime.InteropServices;

namespace GeoSim.Reports;

/// <summary>
/// The two file-system calls .NET does not offer: fsync of a folder (so a rename is durable) and
/// Linux's renameat2(RENAME_EXCHANGE), which swaps two paths in one atomic step.
/// </summary>
internal static class NativeFileSystem
{
    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;
    private const int LinuxReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC, the same on every Linux architecture
    private const int InvalidArgument = 22;           // EINVAL: this file system cannot exchange, or a folder cannot be synced
    private const int NotImplemented = 38;            // ENOSYS: the kernel has no renameat2

    /// <summary>
    /// Swaps the folders at <paramref name="a"/> and <paramref name="b"/> atomically; false (nothing
    /// changed) when the system or the file system has no such operation.
    /// </summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            if (renameat2(AtCurrentFolder, a, AtCurrentFolder, b, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        var errno = Marshal.GetLastPInvokeError();
        return errno is InvalidArgument or NotImplemented
            ? false
            : throw new OutputFolderException(b, $"cannot be swapped with the new result: {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    /// <summary>Flushes every file and folder under <paramref name="folder"/>, and the folder itself, to the disk.</summary>
    public static void SyncTree(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            Sync(file, isFolder: false);
        }
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            SyncTree(sub);
        }
        Sync(folder, isFolder: true);
    }

    /// <summary>Flushes a file or a folder (its entries) to the disk.</summary>
    public static void Sync(string path, bool isFolder)
    {
        if (OperatingSystem.IsWindows())
        {
            if (!isFolder)
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
                stream.Flush(flushToDisk: true);
            }
            return;
        }
        var fd = open(path, OperatingSystem.IsLinux() ? LinuxReadOnlyCloseOnExec : 0);
        if (fd < 0)
        {
            throw new IOException($"cannot open {path} to flush it: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }
        try
        {
            if (fsync(fd) != 0 && Marshal.GetLastPInvokeError() is var errno && errno != InvalidArgument)
            {
                throw new IOException($"cannot flush {path} to disk: {Marshal.GetPInvokeErrorMessage(errno)}");
            }
        }
        finally
        {
            _ = close(fd);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldFolderFd, string oldPath, int newFolderFd, string newPath, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int open(string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);
}
