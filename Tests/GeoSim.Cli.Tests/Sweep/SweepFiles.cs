namespace GeoSim.Cli.Tests.Sweep;

/// <summary>Sweep files written to a fresh folder for a test, and the folders a sweep writes compared byte for byte.</summary>
internal static class SweepFiles
{
    /// <summary>A small, fast grid on the quickstart: 2 rates x 3 seeds, 5 simulated seconds each.</summary>
    public const string Small = """
        scenario: quickstart
        seeds: 3
        set:
          duration: 5s
          warmup: 1s
        vary:
          workload.clients[0].rate: [300/s, 900/s]
        metrics: [write_latency_ms.p99, stale_read_ratio.mean]
        """;

    public static string Write(string text, string name = "grid.yaml")
    {
        var folder = Cli.TempDir();
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Every file below <paramref name="folder"/> with its bytes, by relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    public static void AssertSameFiles(string expected, string actual)
    {
        var a = Snapshot(expected);
        var b = Snapshot(actual);
        Assert.That(b.Keys, Is.EqualTo(a.Keys), "the same files");
        foreach (var (name, bytes) in a)
        {
            Assert.That(b[name], Is.EqualTo(bytes), $"{name} differs");
        }
    }
}
