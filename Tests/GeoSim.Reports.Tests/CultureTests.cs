using System.Globalization;

namespace GeoSim.Reports.Tests;

public sealed class CultureTests : ScratchFolderTest
{
    [TestCase("de-DE")]
    [TestCase("fr-FR")]
    public void OutputIsByteIdenticalUnderAnyCulture(string culture)
    {
        Assert.That(CultureInfo.GetCultureInfo(culture).NumberFormat.NumberDecimalSeparator, Is.EqualTo(","),
            "the culture must use a comma decimal separator for this test to mean anything");

        var invariant = WriteUnder(CultureInfo.InvariantCulture, "invariant");
        var other = WriteUnder(CultureInfo.GetCultureInfo(culture), culture);

        foreach (var file in new[] { "summary.csv", "summary.md", "timeseries.csv", "timeseries-units.csv", "histograms.csv", "events.csv", "run.json" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(other, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(invariant, file))), file);
        }
    }

    private string WriteUnder(CultureInfo culture, string name)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var folder = Path.Combine(_scratch.Path, name);
            OutputFolder.Write(folder, [SampleResults.Async(), SampleResults.Sync()], SampleResults.Info());
            return folder;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
