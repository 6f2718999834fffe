using System.Buffers.Binary;

namespace GeoSim.Reports.Tests.Contract;

/// <summary>The charts of a run: each named chart of each strategy as a 1200×700 PNG with an SVG twin.</summary>
internal static class ChartContract
{
    /// <summary>The charts <c>run</c> draws for a strategy (README, "Output files").</summary>
    public static readonly string[] RunCharts = ["lag", "latency-cdf", "staleness-cdf", "availability", "conflicts", "cross-region-bytes", "throughput", "latency-quantiles"];

    private const int Width = 1200;
    private const int Height = 700;

    /// <returns>The chart names found (file names without extension).</returns>
    public static IReadOnlyList<string> Check(string folder, IReadOnlyList<string> strategies, List<string> problems)
    {
        var charts = Path.Combine(folder, "charts");
        if (!Directory.Exists(charts))
        {
            problems.Add("charts/ is missing");
            return [];
        }
        // One strategy: lag.png; several: one lag-SUFFIX.png each (the suffix is the label made file-safe).
        foreach (var chart in RunCharts)
        {
            var found = strategies.Count == 1
                ? (File.Exists(Path.Combine(charts, chart + ".png")) ? 1 : 0)
                : Directory.GetFiles(charts, chart + "-*.png").Length;
            if (found != strategies.Count)
            {
                problems.Add(strategies.Count == 1 ? $"charts/{chart}.png is missing" : $"charts/ has {found} {chart}-*.png for {strategies.Count} strategies");
            }
        }
        var names = Directory.GetFiles(charts, "*.png").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            Png(Path.Combine(charts, name + ".png"), problems);
            var svg = Path.Combine(charts, name + ".svg");
            if (!File.Exists(svg) || !File.ReadAllText(svg).Contains("<svg", StringComparison.Ordinal))
            {
                problems.Add($"charts/{name}.svg is missing or not SVG");
            }
        }
        return names;
    }

    private static void Png(string path, List<string> problems)
    {
        var head = new byte[24];
        using (var file = File.OpenRead(path))
        {
            file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        if (!head.AsSpan(0, 8).SequenceEqual(PngSignature))
        {
            problems.Add($"charts/{Path.GetFileName(path)} is not a PNG");
            return;
        }
        var width = BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(20));
        if (width != Width || height != Height)
        {
            problems.Add($"charts/{Path.GetFileName(path)} is {width}x{height}, expected {Width}x{Height}");
        }
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
}
