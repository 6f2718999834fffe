using GeoSim.Cli.Sweep;
using GeoSim.Core.Metrics;
using GeoSim.Scenario.Units;

namespace GeoSim.Cli.Advise;

/// <summary>
/// Reads <c>--slo "write_latency_ms.p99&lt;=150, lost_updates.count==0, cross_region_bytes&lt;=5GB"</c>:
/// comma-separated targets <c>METRIC[.STATISTIC][@SCOPE] OP VALUE</c>, OP one of <c>&lt;= &lt; &gt;= &gt; ==</c>.
/// A count needs no statistic (it is its total). The value is in the metric's unit (ms for
/// <c>_ms</c>, bytes, a ratio), or carries a unit: a duration for <c>_ms</c> and <c>_s</c>
/// metrics (<c>0.15s</c>), a size for bytes (<c>5GB</c>), a percentage for ratios (<c>99.9%</c>).
/// </summary>
internal static class SloParser
{
    private static readonly (string Symbol, SloOperator Operator)[] Operators =
    [
        ("<=", SloOperator.AtMost), (">=", SloOperator.AtLeast), ("==", SloOperator.Equal), ("<", SloOperator.Below), (">", SloOperator.Above),
    ];

    private static readonly string[] Ratios =
        [MetricNames.StaleReadRatio, MetricNames.Availability, MetricNames.WriteAvailability, MetricNames.ReadAvailability];

    /// <returns>The targets, or null with the problem and its 1-based column in <paramref name="text"/>.</returns>
    public static IReadOnlyList<SloTarget>? Parse(string text, out string? problem, out int column)
    {
        var targets = new List<SloTarget>();
        var start = 0;
        foreach (var part in text.Split(','))
        {
            var lead = part.Length - part.TrimStart().Length;
            var target = ParseOne(part.Trim(), out problem, out var offset);
            if (target is null)
            {
                column = start + lead + offset + 1;
                return null;
            }
            if (targets.Any(t => t.Text == target.Text))
            {
                (problem, column) = ($"'{target.Text}' is given twice", start + lead + 1);
                return null;
            }
            targets.Add(target);
            start += part.Length + 1;
        }
        (problem, column) = (null, 0);
        return targets;
    }

    /// <summary>The measure of "METRIC[.STATISTIC][@SCOPE]" (also an objective's), or null with the problem and its offset.</summary>
    public static AdviceMeasure? ParseMeasure(string text, bool higherIsWorse, out string? problem, out int offset)
    {
        var at = text.IndexOf('@');
        var name = at < 0 ? text : text[..at];
        var scope = at < 0 ? null : text[(at + 1)..];
        var dot = name.LastIndexOf('.');
        var metric = dot < 0 ? name : name[..dot];
        var statistic = dot < 0 ? null : name[(dot + 1)..];
        (problem, offset) = (null, 0);
        if (!MetricSelector.Metrics.Contains(metric))
        {
            var hint = Scenario.Yaml.Suggestions.Closest(metric, MetricSelector.Metrics) is { } close ? $"did you mean '{close}'?" : "the metrics are those of summary.csv";
            problem = $"unknown metric '{metric}'; {hint}";
            return null;
        }
        var isCount = AdviceMeasure.Counts.Contains(metric);
        statistic ??= isCount ? "count" : null;
        if (statistic is null || !Statistic.Names.Contains(statistic) || (isCount && statistic != "count"))
        {
            problem = isCount
                ? $"{metric} is a count: write {metric} or {metric}.count (its total)"
                : $"write {metric}.STATISTIC with the statistic one of {string.Join(", ", Statistic.Names)}";
            offset = dot < 0 ? 0 : dot + 1;
            return null;
        }
        if (scope is { Length: 0 })
        {
            (problem, offset) = ("write a scope after @, e.g. @us-east-1 or @us-east-1->eu-west-1", at + 1);
            return null;
        }
        return new AdviceMeasure(metric, statistic, scope, higherIsWorse);
    }

    private static SloTarget? ParseOne(string text, out string? problem, out int offset)
    {
        var (index, symbol, op) = Operators
            .Select(o => (Index: text.IndexOf(o.Symbol, StringComparison.Ordinal), o.Symbol, o.Operator))
            .Where(o => o.Index > 0)
            .OrderBy(o => o.Index).ThenByDescending(o => o.Symbol.Length)
            .FirstOrDefault();
        if (symbol is null)
        {
            (problem, offset) = ($"'{text}': expected METRIC[.STATISTIC] OP VALUE with OP one of <=, <, >=, >, ==, e.g. write_latency_ms.p99<=150", 0);
            return null;
        }
        var left = text[..index].TrimEnd();
        var valueOffset = index + symbol.Length;
        var right = text[valueOffset..];
        valueOffset += right.Length - right.TrimStart().Length;
        right = right.Trim();
        var measure = ParseMeasure(left, higherIsWorse: op is SloOperator.AtMost or SloOperator.Below or SloOperator.Equal, out problem, out offset);
        if (measure is null)
        {
            return null;
        }
        if (!TryValue(measure.Metric, right, out var value, out problem))
        {
            offset = valueOffset;
            return null;
        }
        return new SloTarget($"{left}{symbol}{right}", measure, op, value);
    }

    private static bool TryValue(string metric, string text, out double value, out string? problem)
    {
        value = 0;
        problem = null;
        if (!NumberWithUnit.TrySplit(text, out var number, out var unit))
        {
            problem = $"'{text}': expected a number, e.g. 150, 0.999 or 5GB";
            return false;
        }
        if (unit.Length == 0)
        {
            value = (double)number;
            return true;
        }
        if (unit == "%" && Ratios.Contains(metric))
        {
            value = (double)number / 100;
            return true;
        }
        if (metric.EndsWith("_bytes", StringComparison.Ordinal))
        {
            var ok = SizeParser.TryParse(text, out var bytes, out var error);
            (value, problem) = (bytes, ok ? null : error);
            return ok;
        }
        if (metric.EndsWith("_ms", StringComparison.Ordinal) || metric.EndsWith("_s", StringComparison.Ordinal))
        {
            var ok = DurationParser.TryParseSignedNanos(text, out var nanos, out var error);
            (value, problem) = ((double)nanos / (metric.EndsWith("_ms", StringComparison.Ordinal) ? 1e6 : 1e9), ok ? null : error);
            return ok;
        }
        problem = $"'{text}': {metric} takes a plain number{(Ratios.Contains(metric) ? " or a percentage (99.9%)" : "")}";
        return false;
    }
}
