using System.Globalization;

namespace GeoSim.Cli.Tests;

/// <summary>
/// Every incident scenario's summary.csv and events.csv, byte for byte: a change in the model that
/// moves an incident's numbers or the moments of its story must be seen and accepted, not slip by. Run under a comma-decimal culture
/// too, since the files must not depend on it.
/// </summary>
public class IncidentGoldenTests
{
    private static string Incidents => Path.Combine(Cli.RepoRoot(), "Scenarios", "incidents");

    private static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Incidents, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Names))]
    public void Summary_and_events_match_their_golden_copies(string incident)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var dir = Path.Combine(Cli.TempDir(), "out");
            var (exit, _, err) = Cli.Run("run", Path.Combine(Incidents, incident + ".yaml"), "--out", dir);

            Assert.That(exit, Is.EqualTo(0), err);
            foreach (var file in new[] { "summary", "events" })
            {
                GoldenFile.AssertMatches(Path.Combine(dir, file + ".csv"),
                    Path.Combine(Cli.RepoRoot(), "Tests", "GeoSim.Cli.Tests", "Golden", $"{incident}.{file}.csv"));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
