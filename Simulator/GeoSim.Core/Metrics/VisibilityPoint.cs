namespace GeoSim.Core.Metrics;

/// <summary>
/// One line of t_visibility.csv: of the probes that started <see cref="TMs"/> after their write
/// was acknowledged, how many returned that write or a newer one, with a 95 % Wilson interval.
/// </summary>
public sealed record VisibilityPoint(double TMs, long Probes, long Consistent)
{
    private const double Z95 = 1.959963984540054;

    /// <summary>Consistent probes over probes (0 when none ran).</summary>
    public double Probability => Probes == 0 ? 0 : Consistent / (double)Probes;

    /// <summary>The 95 % Wilson score interval of <see cref="Probability"/>, which stays inside [0, 1] at 0 and 1.</summary>
    public (double Low, double High) Ci95
    {
        get
        {
            if (Probes == 0)
            {
                return (0, 1);
            }
            double n = Probes, p = Probability, z2 = Z95 * Z95;
            var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
            var half = Z95 / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
            return (Math.Max(0, centre - half), Math.Min(1, centre + half));
        }
    }
}
