using CsvHelper;

namespace GeoSim.Reports;

/// <summary>One line of timeseries-units.csv.</summary>
[CsvRecord]
internal sealed partial record TimeSeriesUnitsCsvRow(
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("metric")] string Metric,
    [CsvColumn("scope")] string Scope,
    [CsvColumn("unit")] string Unit,
    [CsvColumn("per_interval")] string PerInterval);
