using CsvHelper;

namespace GeoSim.Reports;

/// <summary>One bucket of histograms.csv; numbers arrive already formatted by <see cref="CsvNumber"/>.</summary>
[CsvRecord]
internal sealed partial record HistogramsCsvRow(
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("metric")] string Metric,
    [CsvColumn("scope")] string Scope,
    [CsvColumn("unit")] string Unit,
    [CsvColumn("upper_bound")] string UpperBound,
    [CsvColumn("count")] long Count);
