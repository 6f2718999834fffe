namespace GeoSim.Reports.Tests;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder() =>
        Path = Directory.CreateTempSubdirectory("geosim-reports-").FullName;

    public string Path { get; }

    /// <summary>Where a run's output folder goes: not created, so the writer creates it.</summary>
    public string Out => System.IO.Path.Combine(Path, "results", "quickstart");

    public string Read(string file) => File.ReadAllText(System.IO.Path.Combine(Out, file));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
