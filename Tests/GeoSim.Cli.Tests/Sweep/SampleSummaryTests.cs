using GeoSim.Cli.Sweep;

namespace GeoSim.Cli.Tests.Sweep;

/// <summary>sweep.csv's statistics against closed forms.</summary>
public class SampleSummaryTests
{
    // t(0.975) in closed form: with 1 degree of freedom (Cauchy) tan(0.475 pi); with 2, F(t) = 1/2 + t / (2 sqrt(2 + t^2)) solved for 0.975.
    private static readonly double T1 = Math.Tan(Math.PI * 0.475);
    private static readonly double T2 = 0.95 * Math.Sqrt(2 / (1 - 0.95 * 0.95));

    [Test]
    public void Two_values_give_the_sample_sd_and_the_t_interval_with_one_degree_of_freedom()
    {
        var s = SampleSummary.Of([1, 3]);

        Assert.Multiple(() =>
        {
            Assert.That(s.N, Is.EqualTo(2));
            Assert.That(s.Mean, Is.EqualTo(2));
            Assert.That(s.Sd, Is.EqualTo(Math.Sqrt(2)).Within(1e-12));
            // half-width = t * sd / sqrt(n) = t * sqrt(2) / sqrt(2) = t
            Assert.That(s.Ci95Low, Is.EqualTo(2 - T1).Within(1e-9));
            Assert.That(s.Ci95High, Is.EqualTo(2 + T1).Within(1e-9));
            Assert.That((s.Min, s.Max), Is.EqualTo((1.0, 3.0)));
        });
    }

    [Test]
    public void Three_values_use_two_degrees_of_freedom()
    {
        var s = SampleSummary.Of([2, 4, 9]);

        var mean = 5.0;
        var sd = Math.Sqrt((9 + 1 + 16) / 2.0);
        Assert.Multiple(() =>
        {
            Assert.That(s.Mean, Is.EqualTo(mean).Within(1e-12));
            Assert.That(s.Sd, Is.EqualTo(sd).Within(1e-12));
            Assert.That(s.Ci95High! - s.Mean, Is.EqualTo(T2 * sd / Math.Sqrt(3)).Within(1e-9));
            Assert.That(s.Mean - s.Ci95Low!, Is.EqualTo(T2 * sd / Math.Sqrt(3)).Within(1e-9));
        });
    }

    [Test]
    public void One_value_has_no_spread_and_no_interval()
    {
        var s = SampleSummary.Of([7.5]);

        Assert.That((s.N, s.Mean, s.Sd, s.Ci95Low, s.Ci95High, s.Min, s.Max), Is.EqualTo((1, 7.5, (double?)null, (double?)null, (double?)null, 7.5, 7.5)));
    }

    [Test]
    public void Equal_values_have_a_zero_width_interval()
    {
        var s = SampleSummary.Of([4, 4, 4, 4]);

        Assert.That((s.Sd, s.Ci95Low, s.Ci95High), Is.EqualTo(((double?)0.0, (double?)4.0, (double?)4.0)));
    }
}
