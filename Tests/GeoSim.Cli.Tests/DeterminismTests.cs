using System.Globalization;

namespace GeoSim.Cli.Tests;

public class DeterminismTests
{
    [Test]
    public void The_quickstart_twice_with_one_seed_is_byte_identical_and_another_seed_differs()
    {
        var first = RunQuickstart(seed: 42);
        var again = RunQuickstart(seed: 42);
        var other = RunQuickstart(seed: 43);

        Assert.Multiple(() =>
        {
            Assert.That(again.Summary, Is.EqualTo(first.Summary));
            Assert.That(again.Series, Is.EqualTo(first.Series));
            Assert.That(other.Summary, Is.Not.EqualTo(first.Summary));
            Assert.That(other.Series, Is.Not.EqualTo(first.Series));
        });
    }

    [TestCase("de-DE")]
    [TestCase("fr-FR")]
    public void A_comma_decimal_culture_changes_nothing(string culture)
    {
        var invariant = RunQuickstart(seed: 42);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var local = RunQuickstart(seed: 42);
            Assert.Multiple(() =>
            {
                Assert.That(local.Summary, Is.EqualTo(invariant.Summary));
                Assert.That(local.Series, Is.EqualTo(invariant.Series));
            });
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static (byte[] Summary, byte[] Series) RunQuickstart(long seed)
    {
        var dir = Path.Combine(Cli.TempDir(), "out");
        var (exit, _, err) = Cli.Run("run", "quickstart", "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out", dir);
        Assert.That(exit, Is.EqualTo(0), err);
        return (File.ReadAllBytes(Path.Combine(dir, "summary.csv")), File.ReadAllBytes(Path.Combine(dir, "timeseries.csv")));
    }
}
