using GeoSim.Core.Distributions;
using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication.Quorum;

/// <summary>
/// The paper's production fits (PBS, VLDB 2012: LNKD-SSD, LNKD-DISK, YMMR, and WAN = LNKD-DISK
/// plus 75 ms to remote replicas), simulated with probe reads and computed with the independent
/// Monte Carlo of <see cref="PbsModel"/>: the curves agree point by point within sampling error.
/// </summary>
public class PbsReproductionTests
{
    private static Distribution Mixture(double p, double xmMs, double alpha, double lambdaPerMs) => new MixtureDistribution([
        new WeightedDistribution(p, new ParetoDistribution(xmMs * 1e6, alpha)),
        new WeightedDistribution(1 - p, new ExponentialDistribution(1e6 / lambdaPerMs)),
    ]);

    private static readonly (double P, double Xm, double Alpha, double Lambda) Ssd = (0.9122, 0.235, 10, 1.66);
    private static readonly (double P, double Xm, double Alpha, double Lambda) DiskWrite = (0.38, 1.05, 1.51, 0.183);
    private static readonly (double P, double Xm, double Alpha, double Lambda) YammerWrite = (0.939, 3, 3.35, 0.0028);
    private static readonly (double P, double Xm, double Alpha, double Lambda) YammerOther = (0.982, 1.5, 3.8, 0.0217);

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("LNKD-SSD", Ssd, Ssd, 1, 1, 0.0, new[] { 0, 0.2, 0.5, 1, 2 });
        yield return new TestCaseData("LNKD-DISK", DiskWrite, Ssd, 1, 1, 0.0, new double[] { 0, 2, 10, 30, 60 });
        yield return new TestCaseData("LNKD-DISK", DiskWrite, Ssd, 2, 1, 0.0, new double[] { 0, 2, 10, 30 });
        yield return new TestCaseData("YMMR", YammerWrite, YammerOther, 1, 1, 0.0, new double[] { 0, 50, 200, 1000 });
        yield return new TestCaseData("WAN", DiskWrite, Ssd, 1, 1, 75.0, new double[] { 0, 50, 100, 150 });
        yield return new TestCaseData("WAN", DiskWrite, Ssd, 2, 1, 75.0, new double[] { 0, 10, 50 });
    }

    [TestCaseSource(nameof(Cases))]
    public void Simulated_t_visibility_matches_the_wars_model(string config, (double P, double Xm, double Alpha, double Lambda) write,
        (double P, double Xm, double Alpha, double Lambda) other, int r, int w, double remoteMs, double[] at)
    {
        var others = Mixture(other.P, other.Xm, other.Alpha, other.Lambda);
        var wars = new WarsDelays(Mixture(write.P, write.Xm, write.Alpha, write.Lambda), others, others, others);
        var wan = remoteMs > 0;
        var placement = wan ? new Placement(null, 1, [A, B, C]) : new Placement(3, null, [A]);
        var spec = QuorumScenarios.Spec(placement, write: $"{w}", read: $"{r}") with { Wars = wars };
        (string, int)[] regions = wan ? [("a", 1), ("b", 1), ("c", 1)] : [("lan", 3)];
        var scenario = QuorumScenarios.Build(spec, (from, to) => from == to ? 0 : remoteMs, rate: 200, readFraction: 0.5, durationS: 25, regions, keys: 1_000_000)
            .WithProbes(at, wan ? ProbeOrigin.Random : ProbeOrigin.Same);
        if (wan)
        {
            // Coordinators in random regions, as in the paper's WAN model: clients everywhere.
            var client = scenario.Workload.Clients[0] with { RatePerSecond = 200.0 / 3 };
            scenario = scenario with { Workload = scenario.Workload with { Clients = [client, client with { Region = B }, client with { Region = C }] } };
        }

        var result = TestScenarios.Run(scenario);
        var expected = PbsModel.Consistency(3, r, w, PbsModel.Fit(write.P, write.Xm, write.Alpha, write.Lambda),
            PbsModel.Fit(other.P, other.Xm, other.Alpha, other.Lambda), PbsModel.Fit(other.P, other.Xm, other.Alpha, other.Lambda),
            PbsModel.Fit(other.P, other.Xm, other.Alpha, other.Lambda), at, trials: 100_000, seed: 13, remoteMs);

        Assert.Multiple(() =>
        {
            for (var k = 0; k < at.Length; k++)
            {
                var probes = result.Probes(at[k]);
                var tolerance = 4 * Math.Sqrt(expected[k] * (1 - expected[k]) / probes) + 0.006;
                Assert.That(result.Visibility(at[k]), Is.EqualTo(expected[k]).Within(tolerance), $"{config} R={r} W={w} t = {at[k]} ms ({probes} probes)");
            }
        });
    }
}
