using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>
/// events.csv: each strategy's events sorted by time, equal times kept in the order the run
/// recorded them (a stable sort); strategies in the order given.
/// </summary>
internal static class EventsCsv
{
    public const string FileName = "events.csv";

    public static void Write(string folder, IReadOnlyList<RunResult> results) =>
        CsvFile.Write(Path.Combine(folder, FileName), results.SelectMany(Rows));

    // OrderBy is a stable sort; the time text is computed first so a NaN throws instead of
    // landing anywhere in the order.
    private static IEnumerable<EventCsvRow> Rows(RunResult result) =>
        result.Events
            .Select(e => (e.TimeSeconds, Row: new EventCsvRow(
                result.Strategy,
                CsvNumber.Write(e.TimeSeconds, $"{FileName} {result.Strategy} {e.Kind} {e.Scope} time_s"),
                e.Kind,
                e.Scope,
                e.Detail)))
            .OrderBy(e => e.TimeSeconds)
            .Select(e => e.Row);
}
