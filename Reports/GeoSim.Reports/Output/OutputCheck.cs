namespace GeoSim.Reports;

/// <summary>The verdict of <see cref="OutputGuard.Check(string, string, bool)"/> on an output path.</summary>
/// <param name="Path">The full path of the output folder.</param>
/// <param name="Problem">Why GeoSim will not write there and what to do instead; null when it may.</param>
/// <param name="Notes">What the check tidied up on the way (stale folders of killed runs), to tell the user.</param>
public sealed record OutputCheck(string Path, string? Problem, IReadOnlyList<string> Notes)
{
    /// <summary>True when the run may write its output folder at <see cref="Path"/>.</summary>
    public bool Ok => Problem is null;
}
