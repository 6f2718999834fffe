namespace GeoSim.Cli.Advise;

/// <summary>One target of <c>--slo</c>, e.g. <c>write_latency_ms.p99&lt;=150</c>, with its value in the metric's own unit.</summary>
/// <param name="Text">As written (trimmed).</param>
internal sealed record SloTarget(string Text, AdviceMeasure Measure, SloOperator Operator, double Value)
{
    /// <summary>
    /// Whether the target holds for a variant whose runs gave <paramref name="summary"/>: the whole
    /// 95 % confidence interval of the mean on the right side (with one seed, the value); for
    /// <c>==</c>, every seed's value equal to it.
    /// </summary>
    public bool HeldBy(Sweep.SampleSummary summary) => Operator switch
    {
        SloOperator.AtMost => (summary.Ci95High ?? summary.Mean) <= Value,
        SloOperator.Below => (summary.Ci95High ?? summary.Mean) < Value,
        SloOperator.AtLeast => (summary.Ci95Low ?? summary.Mean) >= Value,
        SloOperator.Above => (summary.Ci95Low ?? summary.Mean) > Value,
        SloOperator.Equal => summary.Min == Value && summary.Max == Value,
        _ => throw new ArgumentOutOfRangeException(nameof(Operator), Operator, "not an operator"),
    };
}
