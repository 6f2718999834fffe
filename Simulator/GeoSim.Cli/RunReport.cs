using System.Globalization;
using GeoSim.Core.Metrics;

namespace GeoSim.Cli;

/// <summary>The few lines a run prints when it ends: what ran, how fast, the headline numbers.</summary>
internal static class RunReport
{
    public static void Print(TextWriter output, IReadOnlyList<RunResult> results, double wallSeconds, string folder)
    {
        PrintThroughput(output, results, wallSeconds);
        foreach (var result in results)
        {
            output.WriteLine($"{result.Strategy}{Partial(result)}");
            Line(output, result, "write latency", MetricNames.WriteLatency, MetricNames.AllScope, r => $"p50 {Ms(r.P50)}  p99 {Ms(r.P99)}");
            Line(output, result, "read latency", MetricNames.ReadLatency, MetricNames.AllScope, r => $"p50 {Ms(r.P50)}  p99 {Ms(r.P99)}");
            if (LagHeadline.Of(result) is { } lag)
            {
                output.WriteLine($"  replication lag   {lag.Text()}");
            }
            Line(output, result, "stale reads", MetricNames.StaleReadRatio, MetricNames.AllScope, r => Percent(r.Mean));
            Line(output, result, "availability", MetricNames.Availability, MetricNames.AllScope, r => Percent(r.Mean));
            PrintRecovery(output, result);
            PrintVisibility(output, result);
            foreach (var overload in result.Events.Where(e => e.Kind == "overload"))
            {
                output.WriteLine($"  warning: {overload.Scope} overloaded: {overload.Detail}");
            }
        }
        output.WriteLine($"results in {folder}");
    }

    public static void PrintThroughput(TextWriter output, IReadOnlyList<RunResult> results, double wallSeconds)
    {
        var events = results.Sum(r => r.EventsProcessed);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{events:N0} events in {wallSeconds:0.00} s wall ({events / Math.Max(wallSeconds, 1e-9) / 1e6:0.00} M events/s)"));
    }

    public static string Partial(RunResult result) =>
        result.Completed ? "" : string.Create(CultureInfo.InvariantCulture, $"  (partial: stopped at {result.SimulatedSeconds:0.0} s)");

    /// <summary>The worst RTO; a failover whose successor never acknowledged a write is not a small number.</summary>
    private static void PrintRecovery(TextWriter output, RunResult result)
    {
        var worst = result.Summary.Where(r => r.Metric == MetricNames.Rto).Select(r => r.Max).Max();
        if (worst is not { } seconds)
        {
            return;
        }
        var censored = result.Summary.Where(r => r.Metric == MetricNames.RtoCensored).Sum(r => r.Count);
        var text = string.Create(CultureInfo.InvariantCulture, $"{seconds:0.00} s");
        output.WriteLine(censored > 0 ? $"  recovery (RTO)    never recovered (still down {text} after the fault)" : $"  recovery (RTO)    worst {text}");
    }

    /// <summary>t-visibility, when the strategy ran probe reads: consistent at t = 0, and when 99.9 % is reached.</summary>
    private static void PrintVisibility(TextWriter output, RunResult result)
    {
        if (result.Summary.FirstOrDefault(r => r.Metric == MetricNames.TVisibility999) is not { } t999)
        {
            return;
        }
        var at0 = result.Summary.FirstOrDefault(r => r.Metric == MetricNames.PConsistentAt0) is { } p0 ? $"{Percent(p0.Mean)} at t = 0, " : "";
        var censored = result.Summary.Any(r => r.Metric == MetricNames.TVisibilityCensored);
        output.WriteLine($"  t-visibility      {at0}99.9 % {(censored ? "not reached by " : "after ")}{Ms(t999.Mean)}");
    }

    private static void Line(TextWriter output, RunResult result, string label, string metric, string scope, Func<SummaryRow, string> format)
    {
        var row = result.Summary.FirstOrDefault(r => r.Metric == metric && r.Scope == scope);
        if (row is not null)
        {
            output.WriteLine($"  {label,-17} {format(row)}");
        }
    }

    /// <summary>Milliseconds to 0.1, or "-" for a value not measured.</summary>
    public static string Ms(double? value) =>
        value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0.0} ms") : "-";

    /// <summary>A ratio in percent to 0.001, or "-" for a value not measured.</summary>
    public static string Percent(double? value) =>
        value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v * 100:0.000} %") : "-";
}
