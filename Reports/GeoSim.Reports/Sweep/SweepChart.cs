namespace GeoSim.Reports.Sweep;

/// <summary>
/// One sweep chart: a metric's mean across seeds against the values of one varied parameter
/// (in the order the sweep file lists them), one line per combination of the other parameters.
/// </summary>
/// <param name="Name">The file name without extension, unique within the sweep.</param>
/// <param name="XValues">The parameter's values as written in the sweep file, one position each.</param>
public sealed record SweepChart(string Name, string Title, string XLabel, string YLabel,
    IReadOnlyList<string> XValues, IReadOnlyList<SweepChartSeries> Series);

/// <summary>One line: its label and one point per x position (null where the metric had no value).</summary>
public sealed record SweepChartSeries(string Label, IReadOnlyList<SweepPoint?> Points);

/// <summary>A mean and its 95 % confidence interval (null with fewer than two seeds).</summary>
public sealed record SweepPoint(double Mean, double? Low, double? High);
