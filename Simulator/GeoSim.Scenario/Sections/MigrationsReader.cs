using GeoSim.Core.Replication.MultiMaster;
using GeoSim.Core.Replication.PrimaryReplica;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Sections.Faults;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// The timeline's <c>migrate</c> items: <c>{at, type: migrate, class, to: [regions], rate}</c>. Each
/// names a declared data class and the regions it moves to, and may pace its copies (a bandwidth
/// per joining node); one migrate per class. Only
/// primary-replica (whose primary's region stays in <c>to</c>) and multi-master that settles each
/// key to one version (not causal, not siblings) move classes; any other strategy of the scenario
/// is an error at the item.
/// </summary>
internal sealed class MigrationsReader(Diagnostics diagnostics, ValueReader values, RegionIndex regions)
{
    /// <param name="strategyLines">The line of each strategy's block, by strategy.</param>
    public IReadOnlyList<MigrationSpec> Read(IReadOnlyList<FaultEntry> entries, IReadOnlyList<DataClassSpec> classes,
        IReadOnlyList<StrategySpec> strategies, IReadOnlyList<int> strategyLines)
    {
        var migrations = new List<MigrationSpec>();
        var lines = new Dictionary<int, int>();
        foreach (var entry in entries)
        {
            var dataClass = entry.Reader.Require("class") is { } c ? Class(c, classes) : null;
            var toNode = entry.Reader.Require("to");
            var to = toNode is null ? null : new DataRegions(diagnostics, values).ReadList(toNode, "to", regions);
            var rateNode = entry.Reader.Get("rate");
            var rate = rateNode is null ? null : values.Bandwidth(rateNode, "rate");
            if (dataClass is not { } index || to is null || entry.At is not { } at || (rateNode is not null && rate is null))
            {
                continue;
            }
            if (lines.TryGetValue(index, out var line))
            {
                diagnostics.Add(entry.Node.Start, $"{classes[index].Name} already migrates at line {line}: one migrate per data class");
                continue;
            }
            lines[index] = entry.Node.Start.Line;
            for (var s = 0; s < strategies.Count; s++)
            {
                if (Problem(classes[index], to, strategies[s], strategyLines[s]) is { } problem)
                {
                    diagnostics.Add(toNode!.Start, problem);
                }
            }
            migrations.Add(new MigrationSpec(at, index, to) { RateBitsPerSecond = rate });
        }
        return migrations;
    }

    private int? Class(Node node, IReadOnlyList<DataClassSpec> classes)
    {
        if (values.Scalar(node, "class") is not { } name)
        {
            return null;
        }
        var names = classes.Select(c => c.Name).ToArray();
        var index = Array.IndexOf(names, name.Value);
        if (index >= 0)
        {
            return index;
        }
        values.Report(name, names.Length == 0
            ? $"no data class '{name.Value}': the scenario declares no data-classes, and migrate moves one of them"
            : $"unknown data class '{name.Value}'{Suggestions.Hint(name.Value, names)}");
        return null;
    }

    private string? Problem(DataClassSpec dataClass, IReadOnlyList<RegionId> to, StrategySpec strategy, int line)
    {
        var at = $"{strategy.Type} '{strategy.Label}' at line {line}";
        return strategy switch
        {
            PrimaryReplicaSpec primary when !to.Contains(primary.Primary) =>
                $"{dataClass.Name} would leave the primary's region {regions.Name(primary.Primary)} of {at}: a migrate keeps the class where its writes are taken",
            PrimaryReplicaSpec => null,
            MultiMasterSpec { Causal: true } => $"{at} cannot move {dataClass.Name}: causal multi-master waits for every update of a writer",
            MultiMasterSpec { Resolution: ConflictResolution.Siblings } => $"{at} cannot move {dataClass.Name}: a copy carries one version per key, not siblings",
            MultiMasterSpec => null,
            _ => $"{at} does not move data classes: migrate is modelled for primary-replica and multi-master",
        };
    }
}
