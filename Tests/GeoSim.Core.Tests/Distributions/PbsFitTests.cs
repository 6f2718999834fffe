using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;

namespace GeoSim.Core.Tests.Distributions;

/// <summary>
/// The samplers behind PBS's fitted WARS delays (VLDB 2012, table of fits): a Pareto draws
/// x_m / U^(1/α), and a mixture of a Pareto and an exponential has the CDF and mean of its weights.
/// </summary>
public class PbsFitTests
{
    [TestCase(0.235, 10.0)]
    [TestCase(1.05, 1.51)]
    [TestCase(3.0, 3.35)]
    public void A_pareto_has_the_quantiles_of_scale_over_u_to_the_one_over_shape(double scaleMs, double shape)
    {
        var pareto = new ParetoDistribution(scaleMs * 1e6, shape);
        var rng = new RandomStream(11);
        var draws = Enumerable.Range(0, 200_000).Select(_ => pareto.Sample(rng) / 1e6).Order().ToArray();
        Assert.Multiple(() =>
        {
            foreach (var q in new[] { 0.1, 0.5, 0.9, 0.99 })
            {
                // The q-th quantile of x_m / U^(1/α) is x_m / (1 − q)^(1/α).
                var expected = scaleMs / Math.Pow(1 - q, 1 / shape);
                Assert.That(draws[(int)(q * draws.Length)], Is.EqualTo(expected).Within(expected * 0.02), $"q = {q}");
            }
            Assert.That(draws[0], Is.GreaterThanOrEqualTo(scaleMs));
        });
    }

    [Test]
    public void The_lnkd_disk_write_mixture_has_its_weighted_cdf_and_mean()
    {
        // W of LNKD-DISK: 38 % Pareto(x_m = 1.05 ms, α = 1.51), 62 % exponential with λ = 0.183 per ms.
        var mixture = new MixtureDistribution([
            new WeightedDistribution(0.38, new ParetoDistribution(1.05e6, 1.51)),
            new WeightedDistribution(0.62, new ExponentialDistribution(1e6 / 0.183)),
        ]);
        double Cdf(double x) => 0.38 * (x < 1.05 ? 0 : 1 - Math.Pow(1.05 / x, 1.51)) + 0.62 * (1 - Math.Exp(-0.183 * x));
        var rng = new RandomStream(5);
        var draws = Enumerable.Range(0, 200_000).Select(_ => mixture.Sample(rng) / 1e6).ToArray();
        Assert.Multiple(() =>
        {
            foreach (var x in new[] { 0.5, 1.5, 3, 10, 30 })
            {
                Assert.That(draws.Count(d => d <= x) / (double)draws.Length, Is.EqualTo(Cdf(x)).Within(0.005), $"x = {x} ms");
            }
            Assert.That(mixture.Mean / 1e6, Is.EqualTo(0.38 * 1.51 * 1.05 / 0.51 + 0.62 / 0.183).Within(1e-9));
        });
    }
}
