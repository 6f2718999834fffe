namespace GeoSim.Reports;

/// <summary>An output folder GeoSim may not replace: the message names the path and what is in the way.</summary>
public sealed class OutputFolderException(string path, string problem) : IOException($"{path} {problem}")
{
    /// <summary>The full path of the output folder.</summary>
    public string FolderPath { get; } = path;

    /// <summary>What is in the way and what to do instead.</summary>
    public string Problem { get; } = problem;
}
