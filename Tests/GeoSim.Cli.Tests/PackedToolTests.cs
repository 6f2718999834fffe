using System.IO.Compression;

namespace GeoSim.Cli.Tests;

/// <summary>
/// geosim as a .NET tool: packs the already built command line, installs the package into a
/// temporary tool path (offline, from the package folder) and runs the installed command from an
/// unrelated folder, so the shipped scenarios, fonts and native chart libraries must be in the package.
/// </summary>
[NonParallelizable]
public class PackedToolTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private string _work = null!;

    [SetUp]
    public void CreateWorkFolder() => _work = Cli.TempDir();

    /// <summary>The package, its publish folder, the installed tool and its cache: some 200 MB.</summary>
    [TearDown]
    public void DeleteWorkFolder() => Directory.Delete(_work, recursive: true);

    [Test]
    public void The_packed_tool_installs_and_runs_the_quickstart()
    {
        var work = _work;
        var packages = Path.Combine(work, "packages");
        var tools = Path.Combine(work, "tools");
        // A private NuGet cache: an earlier package of the same version must not be installed instead.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work, "nuget-cache") };

        Dotnet(work, environment, "pack", Path.Combine(Cli.RepoRoot(), "Simulator", "GeoSim.Cli", "GeoSim.Cli.csproj"),
            "-c", BuildConfiguration(), "--no-build", "-nodeReuse:false", "-o", packages,
            // Packing a tool publishes first: into the temporary folder, not into the repository's bin/.
            $"-p:PublishDir={Path.Combine(work, "publish")}{Path.DirectorySeparatorChar}");
        var package = Directory.GetFiles(packages, "GeoSim.*.nupkg").Single();
        Assert.That(NativeRuntimes(package), Is.EqualTo(new[] { "linux-arm64", "linux-x64", "osx", "win-arm64", "win-x64" }));
        Dotnet(work, environment, "tool", "install", "--tool-path", tools, "--add-source", packages, "--ignore-failed-sources", "geosim");

        var geosim = Path.Combine(tools, OperatingSystem.IsWindows() ? "geosim.exe" : "geosim");
        var (versionExit, version) = ChildProcess.Run(geosim, ["--version"], work, Limit);
        var (runExit, run) = ChildProcess.Run(geosim, ["run", "--duration", "20s", "--out", "out"], work, Limit);

        Assert.Multiple(() =>
        {
            Assert.That(versionExit, Is.EqualTo(0), version);
            Assert.That(version, Does.StartWith(typeof(GeoSimApp).Assembly.GetName().Version!.ToString(3)));
            Assert.That(runExit, Is.EqualTo(0), run);
            Assert.That(run, Does.Contain("scenario quickstart"));
            Assert.That(File.Exists(Path.Combine(work, "out", "summary.csv")), Is.True, "summary.csv");
            Assert.That(File.Exists(Path.Combine(work, "out", "report.html")), Is.True, "report.html");
            Assert.That(Directory.GetFiles(Path.Combine(work, "out", "charts"), "*.png"), Is.Not.Empty, "charts");
        });
    }

    private static void Dotnet(string work, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var (exit, output) = ChildProcess.Run(ChildProcess.Dotnet, args, work, Limit, environment);
        Assert.That(exit, Is.EqualTo(0), $"dotnet {string.Join(' ', args)}\n{output}");
    }

    /// <summary>The platforms whose native chart libraries the package carries (runtimes/RID/native/).</summary>
    private static string[] NativeRuntimes(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName.Split('/'))
            .Where(p => p.Length > 5 && p[3] == "runtimes" && p[5] == "native")
            .Select(p => p[4]).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The configuration these tests were built in (bin/CONFIG/net10.0), so pack reuses that build.</summary>
    private static string BuildConfiguration() =>
        new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name;
}
