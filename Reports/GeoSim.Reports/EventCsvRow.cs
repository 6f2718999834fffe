using CsvHelper;

namespace GeoSim.Reports;

/// <summary>One line of events.csv; the time arrives already formatted by <see cref="CsvNumber"/>.</summary>
[CsvRecord]
internal sealed partial record EventCsvRow(
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("time_s")] string TimeSeconds,
    [CsvColumn("kind")] string Kind,
    [CsvColumn("scope")] string Scope,
    [CsvColumn("detail")] string Detail);
