using CsvHelper;

namespace GeoSim.Reports;

/// <summary>One line of timeseries.csv; numbers arrive already formatted by <see cref="CsvNumber"/>.</summary>
[CsvRecord]
internal sealed partial record TimeSeriesCsvRow(
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("time_s")] string TimeSeconds,
    [CsvColumn("metric")] string Metric,
    [CsvColumn("scope")] string Scope,
    [CsvColumn("value")] string Value);
