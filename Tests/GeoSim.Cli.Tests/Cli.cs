namespace GeoSim.Cli.Tests;

/// <summary>Runs <c>geosim</c> in-process and captures what it prints.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Err) Run(params string[] args) => RunWith(new StringWriter(), args);

    /// <summary>Runs with <paramref name="output"/> as standard output (e.g. one that fails).</summary>
    public static (int Exit, string Out, string Err) RunWith(TextWriter output, params string[] args)
    {
        var error = new StringWriter();
        var exit = GeoSimApp.Run(args, output, error);
        return (exit, output.ToString() ?? "", error.ToString());
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GeoSim.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("GeoSim.sln not found above the test directory");
    }

    public static string TempDir()
    {
        var path = Path.Combine(Path.GetTempPath(), "geosim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
