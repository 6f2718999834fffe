using GeoSim.Reports;

namespace GeoSim.Cli.Sweep;

/// <summary>sweep.csv: per (variant, metric, statistic, scope) the seeds' n, mean, sd, 95 % interval, min and max.</summary>
internal static class SweepCsv
{
    public const string FileName = "sweep.csv";

    public static void Write(string folder, PlanDocument plan, IReadOnlyList<VariantSummary> rows)
    {
        using var writer = new StreamWriter(Path.Combine(folder, FileName), false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(CsvLine.Join([
            "variant", .. plan.Axes.Select(a => a.Name), "metric", "statistic", "scope", "n", "mean", "sd", "ci95_low", "ci95_high", "min", "max"]));
        foreach (var row in rows)
        {
            var s = row.Summary;
            var where = $"{FileName} variant {row.Variant.Variant} {row.Metric}.{row.Statistic} {row.Scope}";
            writer.WriteLine(CsvLine.Join([
                row.Variant.Variant.ToString(System.Globalization.CultureInfo.InvariantCulture), .. row.Variant.Values, row.Metric, row.Statistic, row.Scope,
                s.N.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvNumber.Write(s.Mean, where), CsvNumber.Write(s.Sd, where),
                CsvNumber.Write(s.Ci95Low, where), CsvNumber.Write(s.Ci95High, where), CsvNumber.Write(s.Min, where), CsvNumber.Write(s.Max, where)]));
        }
    }
}
