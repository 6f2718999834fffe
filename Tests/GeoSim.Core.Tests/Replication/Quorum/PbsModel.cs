namespace GeoSim.Core.Tests.Replication.Quorum;

/// <summary>
/// PBS's WARS model computed directly, without the simulator (Bailis et al., VLDB 2012, section
/// 4): per replica i, independent delays W_i, A_i, R_i, S_i. The write commits when the W-th
/// fastest W_i + A_i arrives; a read started t later is served by the R replicas with the fastest
/// R_i + S_i, and is consistent when at least one of them had the write on receiving the read:
/// W_i ≤ commit + t + R_i.
/// </summary>
internal static class PbsModel
{
    /// <summary>P(consistent) at each of <paramref name="tMs"/>, from <paramref name="trials"/> draws of a seeded generator.</summary>
    /// <param name="remoteMs">PBS's WAN model: replica i is in region i, the write's and the read's coordinators are each in a
    /// random region, and every message to or from a replica in another region takes this much longer (0: one region).</param>
    public static double[] Consistency(int n, int r, int w, Func<Random, double> write, Func<Random, double> ack, Func<Random, double> read,
        Func<Random, double> response, double[] tMs, int trials, int seed, double remoteMs = 0)
    {
        var random = new Random(seed);
        var consistent = new int[tMs.Length];
        var (wd, ad, rd, sd) = (new double[n], new double[n], new double[n], new double[n]);
        for (var trial = 0; trial < trials; trial++)
        {
            var (writer, reader) = remoteMs > 0 ? (random.Next(n), random.Next(n)) : (0, 0);
            for (var i = 0; i < n; i++)
            {
                var (toWriter, toReader) = (i == writer ? 0 : remoteMs, i == reader ? 0 : remoteMs);
                (wd[i], ad[i], rd[i], sd[i]) = (write(random) + toWriter, ack(random) + toWriter, read(random) + toReader, response(random) + toReader);
            }
            var commit = Enumerable.Range(0, n).Select(i => wd[i] + ad[i]).Order().ElementAt(w - 1);
            var readers = Enumerable.Range(0, n).OrderBy(i => rd[i] + sd[i]).Take(r).ToArray();
            for (var k = 0; k < tMs.Length; k++)
            {
                var t = tMs[k];
                consistent[k] += readers.Any(i => wd[i] <= commit + t + rd[i]) ? 1 : 0;
            }
        }
        return [.. consistent.Select(c => c / (double)trials)];
    }

    public static Func<Random, double> Exponential(double meanMs) => random => -meanMs * Math.Log(1 - random.NextDouble());

    /// <summary>PBS's fits: with probability <paramref name="p"/> a Pareto x_m / U^(1/α), else an exponential of rate λ (per ms).</summary>
    public static Func<Random, double> Fit(double p, double xm, double alpha, double lambda) => random =>
        random.NextDouble() < p ? xm / Math.Pow(1 - random.NextDouble(), 1 / alpha) : -Math.Log(1 - random.NextDouble()) / lambda;

    /// <summary>C(n, k).</summary>
    public static double Choose(int n, int k) =>
        k < 0 || k > n ? 0 : Enumerable.Range(1, k).Aggregate(1.0, (c, i) => c * (n - k + i) / i);
}
