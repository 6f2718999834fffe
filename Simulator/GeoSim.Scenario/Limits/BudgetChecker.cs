using GeoSim.Core.Spec;
using GeoSim.Scenario.Units;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Limits;

/// <summary>
/// The checks that need the whole scenario: one value's serialization on the slowest link, the
/// memory estimate and the event estimate. Each error is reported at the key that drives the
/// largest part (found in the file), with the estimate and what is allowed.
/// </summary>
internal sealed class BudgetChecker(Diagnostics diagnostics, Node root)
{
    public void Check(ScenarioSpec scenario)
    {
        CheckSerialization(scenario);
        var memory = MemoryEstimate.Of(scenario);
        var bytes = memory.Sum(p => p.Amount);
        if (!(bytes <= ScenarioLimits.MemoryBudgetBytes))
        {
            Report(memory, "regions", $"this scenario needs about {Approximate.Bytes(bytes)} of memory ({Parts(memory, Approximate.Bytes)}); " +
                $"at most {Approximate.Bytes(ScenarioLimits.MemoryBudgetBytes)}: lower keys, nodes, sessions or the number of metric intervals");
        }
        var events = EventEstimate.Of(scenario);
        var count = events.Sum(p => p.Amount);
        if (!(count <= ScenarioLimits.EventBudget))
        {
            Report(events, "duration", $"this run would process about {Approximate.Count(count)} events ({Parts(events, Approximate.Count)}); " +
                $"at most {Approximate.Count(ScenarioLimits.EventBudget)}: lower the rates or the duration, or lengthen heartbeat-every, mtbf and mttr");
        }
    }

    private void CheckSerialization(ScenarioSpec scenario)
    {
        var slowest = scenario.Network.Links.Where(l => l.BandwidthBitsPerSecond > 0).MinBy(l => l.BandwidthBitsPerSecond);
        if (slowest is null)
        {
            return;
        }
        var nanos = scenario.Workload.ValueSizeBytes * 8e9 / slowest.BandwidthBitsPerSecond;
        if (nanos > ScenarioLimits.MaxDuration.Nanos)
        {
            diagnostics.Add(Find("value-size") ?? Find("bandwidth") ?? root.Start,
                $"one value of {scenario.Workload.ValueSizeBytes}B takes {Approximate.Duration(nanos)} to send on {slowest.From}->{slowest.To} " +
                $"({slowest.BandwidthBitsPerSecond:0.###}bps); at most {DurationParser.Format(ScenarioLimits.MaxDuration)}: raise the bandwidth or lower value-size");
        }
    }

    /// <param name="fallback">The key to report at when the largest part's key is not written (its default applies).</param>
    private void Report(IReadOnlyList<EstimatePart> parts, string fallback, string message) =>
        diagnostics.Add(Find(parts.MaxBy(p => p.Amount)!.Key) ?? Find(fallback) ?? root.Start, message);

    private static string Parts(IReadOnlyList<EstimatePart> parts, Func<double, string> format) =>
        string.Join(", ", parts.Where(p => p.Amount > 0).OrderByDescending(p => p.Amount).Select(p => $"{p.What} {format(p.Amount)}"));

    /// <summary>Where the first value of <paramref name="key"/> is written, searching the file depth first.</summary>
    private SourcePosition? Find(string key) => Find(root, key);

    private static SourcePosition? Find(Node node, string key) => node switch
    {
        MappingNode mapping => mapping.Entries.Select(e => e.Key.Value == key ? ValueStart(e.Value) : Find(e.Value, key)).FirstOrDefault(p => p is not null),
        SequenceNode sequence => sequence.Items.Select(i => Find(i, key)).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static SourcePosition ValueStart(Node node) => node is ScalarNode scalar ? scalar.ValueStart : node.Start;
}
