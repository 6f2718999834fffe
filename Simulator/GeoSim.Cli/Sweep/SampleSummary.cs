using System.Globalization;
using MathNet.Numerics.Distributions;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// A metric's values over the seeds of one variant: n, mean, sample standard deviation and the
/// 95 % confidence interval of the mean, mean ± t(0.975, n − 1) · sd / √n (Student t), min, max.
/// With one value the sd and interval are undefined (null).
/// </summary>
internal sealed record SampleSummary(int N, double Mean, double? Sd, double? Ci95Low, double? Ci95High, double Min, double Max)
{
    public static SampleSummary Of(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var mean = values.Sum() / n;
        if (n < 2)
        {
            return new SampleSummary(n, mean, null, null, null, values.Min(), values.Max());
        }
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var half = StudentT.InvCDF(0, 1, n - 1, 0.975) * sd / Math.Sqrt(n);
        return new SampleSummary(n, mean, sd, mean - half, mean + half, values.Min(), values.Max());
    }

    /// <summary>Reads a number runs.csv wrote.</summary>
    public static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
