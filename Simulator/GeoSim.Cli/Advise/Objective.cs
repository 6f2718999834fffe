namespace GeoSim.Cli.Advise;

/// <summary>
/// What <c>--objective</c> ranks by: <c>min:MEASURE</c> or <c>max:MEASURE</c> (a bare measure is
/// minimised), judged on its mean over the seeds. The default is the lowest write p99.
/// </summary>
internal sealed record Objective(AdviceMeasure Measure, bool Maximise)
{
    public const string Default = "min:write_latency_ms.p99";

    /// <summary>"lowest write_latency_ms.p99" or "highest availability.mean".</summary>
    public override string ToString() => $"{(Maximise ? "highest" : "lowest")} {Measure.Name}";

    public static Objective? Parse(string text, out string? problem)
    {
        var colon = text.IndexOf(':');
        var way = colon < 0 ? "min" : text[..colon].Trim();
        if (way is not ("min" or "max"))
        {
            problem = $"--objective {text}: expected min:METRIC.STATISTIC or max:METRIC.STATISTIC, e.g. {Default}";
            return null;
        }
        var maximise = way == "max";
        var measure = SloParser.ParseMeasure(text[(colon + 1)..].Trim(), higherIsWorse: !maximise, out var error, out _);
        problem = measure is null ? $"--objective {text}: {error}" : null;
        return measure is null ? null : new Objective(measure, maximise);
    }

    /// <summary>Orders summaries best first (missing ones last); ties keep the given order.</summary>
    public double SortKey(Sweep.SampleSummary? summary) =>
        summary is null ? double.PositiveInfinity : Maximise ? -summary.Mean : summary.Mean;
}
