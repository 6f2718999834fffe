using System.Text.RegularExpressions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Limits;
using GeoSim.Scenario.Sections.Faults;
using GeoSim.Scenario.Units;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>The top level of a scenario file.</summary>
internal sealed partial class ScenarioReader(Diagnostics diagnostics, ValueReader values)
{
    public const long DefaultSeed = 1;

    internal static readonly string[] Keys =
        ["name", "description", "seed", "duration", "warmup", "regions", "network", "clocks", "workload", "strategy", "strategies", "faults", "narrative", "metrics", "cost", "storage", "data-classes"];

    internal static readonly string[] MetricsKeys = ["interval", "t-visibility"];

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex NamePattern();

    /// <summary>The scenario, or null when the document is not a mapping. Errors go to the diagnostics.</summary>
    public ScenarioSpec? Read(Node root, string fingerprint)
    {
        if (root is not MappingNode mapping)
        {
            diagnostics.Add(root.Start, $"a scenario is a mapping of keys such as name, duration, regions; found {root.KindName}");
            return null;
        }
        // Any file can be named as a scenario; one with no scenario key at all is not reported key by
        // key, which would print its content.
        if (mapping.Entries.Count > 0 && !mapping.Entries.Any(e => Keys.Contains(e.Key.Value)))
        {
            diagnostics.Add(mapping.Start, $"this is not a scenario: none of its top-level keys is one of {string.Join(", ", Keys)}");
            return null;
        }
        var reader = new MappingReader(mapping, diagnostics, "the scenario", Keys);
        var name = reader.Require("name") is { } n ? Name(n) : null;
        // Folded text (`description: >`) ends with a line break that reports should not show.
        var description = reader.Get("description") is { } d ? values.Text(d, "description")?.TrimEnd() : "";
        var seed = reader.Get("seed") is { } s ? values.Integer(s, "seed", long.MinValue, long.MaxValue) : DefaultSeed;
        var duration = reader.Require("duration") is { } du ? values.PositiveDuration(du, "duration") : null;
        var warmup = reader.Get("warmup") is { } w ? Warmup(w, duration) : SimDuration.Zero;

        var regionsNode = reader.Require("regions");
        var declaredRegions = regionsNode is null ? [] : new RegionsReader(diagnostics, values).Read(regionsNode);
        var regions = reader.Get("clocks") is { } c ? new ClocksReader(diagnostics, values).Apply(c, declaredRegions) : declaredRegions;
        var regionIndex = new RegionIndex(values, regions);
        var metrics = reader.Get("metrics") is { } m ? Metrics(m, duration, regionIndex) : DefaultMetrics(duration);
        var network = new NetworkReader(diagnostics, values).Read(reader.Get("network"), regionIndex, regionsNode?.Start ?? mapping.Start);
        var workload = reader.Require("workload") is { } wl ? new WorkloadReader(diagnostics, values).Read(wl, regionIndex) : null;
        var clientRegions = workload?.Clients.Select(c => regionIndex.Name(c.Region)).ToHashSet() ?? [];
        var strategies = new StrategyReader(diagnostics, values).Read(reader, regions, clientRegions);
        var faultsReader = new FaultsReader(diagnostics, values, regionIndex, duration);
        var faults = reader.Get("faults") is { } f ? faultsReader.Read(f) : [];
        var narrative = reader.Get("narrative") is { } nv ? new NarrativeReader(diagnostics, values).Read(nv, duration) : [];
        var storage = reader.Get("storage") is { } st ? new StorageReader(diagnostics, values).Read(st, regionIndex) : null;
        var classesReader = new DataClassesReader(diagnostics, values);
        var dataClasses = reader.Get("data-classes") is { } dc ? classesReader.Read(dc, regionIndex, workload?.Keys ?? WorkloadReader.DefaultKeys) : [];
        var strategyLines = StrategyLines(reader, strategies);
        new ResidencyValidator(diagnostics, regionIndex).Check(dataClasses, classesReader.Positions, strategies, strategyLines);
        var migrations = new MigrationsReader(diagnostics, values, regionIndex).Read(faultsReader.Migrations, dataClasses, strategies, strategyLines);
        var cost = new CostReader(diagnostics, values).Read(reader.Get("cost"), regionIndex, NetworkReader.NamesAwsPreset(reader.Get("network")),
            storage?.Tiers.Select(t => t.Tier).ToArray() ?? [StorageTier.Hot]);

        var scenario = new ScenarioSpec(name ?? "", description ?? "", fingerprint, seed ?? DefaultSeed, duration ?? SimDuration.Zero,
            warmup ?? SimDuration.Zero, regions, network, workload ?? new WorkloadSpec(0, new UniformKeys(), 0, []), strategies, faults, narrative, metrics, cost)
        {
            Storage = storage,
            DataClasses = dataClasses,
            Migrations = migrations,
        };
        // Estimates of a scenario with errors would count parts that were left out.
        if (!diagnostics.HasErrors)
        {
            foreach (var problem in BudgetChecker.Check(scenario))
            {
                diagnostics.Add(KeyFinder.First(root, problem.Key) ?? KeyFinder.First(root, problem.Fallback) ?? root.Start, problem.Message);
            }
        }
        return scenario;
    }

    /// <summary>The line of each strategy's block: <c>strategy:</c>, or its labelled item of <c>strategies:</c>.</summary>
    private static int[] StrategyLines(MappingReader reader, IReadOnlyList<StrategySpec> strategies) =>
        [.. strategies.Select(s => reader.Get("strategies") is SequenceNode list
            ? list.Items.OfType<MappingNode>().FirstOrDefault(i => i.Entries.Any(e => e.Key.Value == "label" && e.Value is ScalarNode { } v && v.Value == s.Label))?.Start.Line ?? list.Start.Line
            : reader.Get("strategy")?.Start.Line ?? reader.Start.Line)];

    private string? Name(Node node)
    {
        if (values.Scalar(node, "name") is not { } name)
        {
            return null;
        }
        if (!NamePattern().IsMatch(name.Value))
        {
            values.Report(name, $"name may hold only letters, digits and '-', found '{name.Value}'");
            return null;
        }
        return name.Value;
    }

    private SimDuration? Warmup(Node node, SimDuration? duration)
    {
        var warmup = values.Duration(node, "warmup");
        if (warmup >= duration)
        {
            values.Report((ScalarNode)node, $"warmup ({warmup}) must be shorter than duration ({duration})");
            return null;
        }
        return warmup;
    }

    private MetricsSpec Metrics(Node node, SimDuration? duration, RegionIndex regions)
    {
        if (values.Mapping(node, "metrics") is not { } mapping)
        {
            return MetricsSpec.Default;
        }
        var reader = new MappingReader(mapping, diagnostics, "metrics", MetricsKeys);
        var probes = reader.Get("t-visibility") is { } t ? new TVisibilityReader(diagnostics, values).Read(t, regions) : null;
        return Interval(reader, duration) with { TVisibility = probes };
    }

    private MetricsSpec Interval(MappingReader reader, SimDuration? duration)
    {
        if (reader.Get("interval") is not { } i)
        {
            return DefaultMetrics(duration);
        }
        if (values.PositiveDuration(i, "interval") is not { } interval)
        {
            return MetricsSpec.Default;
        }
        if (interval < MetricsSpec.MinInterval)
        {
            values.Report((ScalarNode)i, $"interval must be at least {DurationParser.Format(MetricsSpec.MinInterval)}, found {DurationParser.Format(interval)}");
            return MetricsSpec.Default;
        }
        return new MetricsSpec(interval);
    }

    /// <summary>1s, or as long as it takes to stay within the most intervals a run may have.</summary>
    private static MetricsSpec DefaultMetrics(SimDuration? duration) =>
        duration is { } d && BudgetChecker.Intervals(d, MetricsSpec.Default.Interval) > MetricsSpec.MaxIntervals
            ? new MetricsSpec(BudgetChecker.MinIntervalFor(d))
            : MetricsSpec.Default;
}
