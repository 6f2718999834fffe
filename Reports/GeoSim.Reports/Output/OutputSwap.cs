namespace GeoSim.Reports;

/// <summary>
/// Puts a complete temporary folder at the output path so that at every instant the path holds
/// either the old complete result or the new one.
/// </summary>
/// <remarks>
/// POSIX rename(2) cannot replace a non-empty folder, and moving the old folder aside first leaves
/// an instant with nothing at the path (a kill there leaves the result only under a sibling name).
/// Linux's renameat2(RENAME_EXCHANGE) swaps the two names in one atomic step instead: the path goes
/// from the old folder straight to the new one, and the old one lands under the temporary name,
/// from where it is deleted. The output stays a plain folder (no symbolic link to copy or zip by
/// mistake). Where there is no exchange (other systems, a few file systems) the two renames are
/// used, and a kill between them is repaired by the next run: <see cref="StaleOutputs"/> moves the
/// set-aside folder back to the path.
/// </remarks>
internal static class OutputSwap
{
    /// <summary>The atomic exchange; a test replaces it to exercise the two-rename path.</summary>
    internal static Func<string, string, bool> Exchange { get; set; } = NativeFileSystem.TryExchange;

    /// <summary>
    /// Moves <paramref name="temp"/> to <paramref name="target"/>; returns where the replaced folder
    /// now is (to be deleted by the caller), or null when nothing was at the path.
    /// </summary>
    public static string? Replace(string temp, string target, Action<OutputStep> beforeStep)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(temp, target);
            return null;
        }
        if (Exchange(temp, target))
        {
            return temp;
        }
        var aside = StaleOutputs.SiblingName(target, StaleOutputs.AsideTag);
        Directory.Move(target, aside);
        try
        {
            beforeStep(OutputStep.MoveIn);
            Directory.Move(temp, target);
        }
        catch
        {
            Directory.Move(aside, target);
            throw;
        }
        return aside;
    }
}
