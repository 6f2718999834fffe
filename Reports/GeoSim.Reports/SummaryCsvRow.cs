using CsvHelper;

namespace GeoSim.Reports;

/// <summary>One line of summary.csv; numbers arrive already formatted by <see cref="CsvNumber"/>.</summary>
[CsvRecord]
internal sealed partial record SummaryCsvRow(
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("metric")] string Metric,
    [CsvColumn("scope")] string Scope,
    [CsvColumn("unit")] string Unit,
    [CsvColumn("count")] long Count,
    [CsvColumn("mean")] string Mean,
    [CsvColumn("p50")] string P50,
    [CsvColumn("p90")] string P90,
    [CsvColumn("p99")] string P99,
    [CsvColumn("p999")] string P999,
    [CsvColumn("max")] string Max);
