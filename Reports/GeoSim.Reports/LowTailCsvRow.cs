using CsvHelper;

namespace GeoSim.Reports;

/// <summary>One line of summary-low-tail.csv; numbers arrive already formatted by <see cref="CsvNumber"/>.</summary>
[CsvRecord]
internal sealed partial record LowTailCsvRow(
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("metric")] string Metric,
    [CsvColumn("scope")] string Scope,
    [CsvColumn("unit")] string Unit,
    [CsvColumn("count")] long Count,
    [CsvColumn("min")] string Min,
    [CsvColumn("p1")] string P1,
    [CsvColumn("p10")] string P10);
