using CsvHelper;
using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>
/// t_visibility.csv: per strategy that ran probe reads and per probed delay t, the probes, the
/// consistent ones, their share and its 95 % Wilson interval. Written only when some strategy probed.
/// </summary>
internal static class TVisibilityCsv
{
    public const string FileName = "t_visibility.csv";

    public static void Write(string folder, IReadOnlyList<RunResult> results)
    {
        if (results.All(r => r.Visibility.Count == 0))
        {
            return;
        }
        CsvFile.Write(Path.Combine(folder, FileName), results.SelectMany(r => r.Visibility.Select(p =>
        {
            var where = $"{FileName} {r.Strategy} t={p.TMs}";
            var (low, high) = p.Ci95;
            return new TVisibilityCsvRow(r.Strategy, CsvNumber.Write(p.TMs, where + " t_ms"), p.Probes, p.Consistent,
                CsvNumber.Write(p.Probability, where + " probability"), CsvNumber.Write(low, where + " ci95_low"), CsvNumber.Write(high, where + " ci95_high"));
        })));
    }
}

/// <summary>One line of t_visibility.csv; numbers arrive already formatted by <see cref="CsvNumber"/>.</summary>
[CsvRecord]
internal sealed partial record TVisibilityCsvRow(
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("t_ms")] string TMs,
    [CsvColumn("probes")] long Probes,
    [CsvColumn("consistent")] long Consistent,
    [CsvColumn("probability")] string Probability,
    [CsvColumn("ci95_low")] string Ci95Low,
    [CsvColumn("ci95_high")] string Ci95High);
