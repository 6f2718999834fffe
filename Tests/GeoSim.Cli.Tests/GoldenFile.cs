namespace GeoSim.Cli.Tests;

/// <summary>
/// Compares a file with its golden copy byte for byte. With GEOSIM_UPDATE_GOLDEN=1 the golden copy
/// is rewritten instead (in the source tree, to be reviewed and committed), never silently.
/// </summary>
internal static class GoldenFile
{
    private const string UpdateSwitch = "GEOSIM_UPDATE_GOLDEN";

    public static void AssertMatches(string actualPath, string goldenPath)
    {
        var actual = File.ReadAllBytes(actualPath);
        if (Environment.GetEnvironmentVariable(UpdateSwitch) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllBytes(goldenPath, actual);
            Assert.Warn($"{goldenPath} rewritten ({UpdateSwitch}=1): review the diff before committing");
            return;
        }
        var refresh = $"If the change is intended, refresh it with {UpdateSwitch}=1 dotnet test Tests/GeoSim.Cli.Tests and review the diff.";
        Assert.That(File.Exists(goldenPath), Is.True, $"no golden file {goldenPath}. {refresh}");
        Assert.That(actual, Is.EqualTo(File.ReadAllBytes(goldenPath)),
            $"{actualPath} differs from {goldenPath}:\n{FirstDifference(actualPath, goldenPath)}\n{refresh}");
    }

    private static string FirstDifference(string actualPath, string goldenPath)
    {
        var actual = File.ReadAllLines(actualPath);
        var golden = File.ReadAllLines(goldenPath);
        for (var i = 0; i < Math.Max(actual.Length, golden.Length); i++)
        {
            var a = i < actual.Length ? actual[i] : "(end of file)";
            var g = i < golden.Length ? golden[i] : "(end of file)";
            if (a != g)
            {
                return $"line {i + 1}:\n  golden: {g}\n  actual: {a}";
            }
        }
        return "(same lines, different bytes: line endings or encoding)";
    }
}
