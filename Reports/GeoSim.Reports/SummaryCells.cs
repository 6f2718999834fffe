using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>One summary row's numbers as CSV cells; an error names the file, strategy, metric, scope and column.</summary>
internal readonly record struct SummaryCells(string File, RunResult Result, SummaryRow Row)
{
    public string Of(double? value, string column) =>
        CsvNumber.Write(value, $"{File} {Result.Strategy} {Row.Metric} {Row.Scope} {column}");
}
