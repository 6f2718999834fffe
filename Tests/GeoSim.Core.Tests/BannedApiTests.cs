using System.Text.RegularExpressions;

namespace GeoSim.Core.Tests;

/// <summary>The model must stay deterministic and free of I/O: these APIs may not appear in GeoSim.Core.</summary>
public class BannedApiTests
{
    private static readonly Regex Banned = new(
        @"DateTime\.(Now|UtcNow)|Stopwatch|new Random\(|Random\.Shared|Console\.|File\.|Task\.Run|Parallel\.|GetHashCode\(\)\s*[%&]",
        RegexOptions.Compiled);

    [Test]
    public void Core_uses_no_wall_clock_ambient_randomness_io_or_threads()
    {
        var core = Path.Combine(RepoRoot(), "Simulator", "GeoSim.Core");
        var offenders = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => Banned.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(core, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void The_pattern_catches_what_it_should()
    {
        Assert.That(Banned.IsMatch("var t = DateTime.UtcNow;") && Banned.IsMatch("var r = new Random(1);"), Is.True);
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GeoSim.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("GeoSim.sln not found above the test directory");
    }
}
