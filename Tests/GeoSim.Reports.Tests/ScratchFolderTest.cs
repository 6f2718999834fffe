namespace GeoSim.Reports.Tests;

/// <summary>Tests that write files: each test gets a fresh <see cref="ScratchFolder"/>, removed afterwards.</summary>
public abstract class ScratchFolderTest
{
    private protected ScratchFolder _scratch = null!;

    [SetUp]
    public void CreateScratchFolder() => _scratch = new ScratchFolder();

    [TearDown]
    public void DeleteScratchFolder() => _scratch.Dispose();
}
