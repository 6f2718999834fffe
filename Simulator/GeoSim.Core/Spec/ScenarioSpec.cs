using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>A validated, immutable scenario: everything a run needs, with every default filled in.</summary>
/// <param name="Name">Letters, digits and '-'.</param>
/// <param name="Fingerprint">A short hash of the scenario source, printed with every run.</param>
/// <param name="Strategies">One entry for <c>strategy:</c>, several for <c>strategies:</c>.</param>
/// <param name="Cost">Egress prices; null: no cost rows.</param>
public sealed record ScenarioSpec(
    string Name,
    string Description,
    string Fingerprint,
    long Seed,
    SimDuration Duration,
    SimDuration Warmup,
    IReadOnlyList<RegionSpec> Regions,
    NetworkSpec Network,
    WorkloadSpec Workload,
    IReadOnlyList<StrategySpec> Strategies,
    IReadOnlyList<FaultSpec> Faults,
    IReadOnlyList<NarrativeSpec> Narrative,
    MetricsSpec Metrics,
    CostSpec? Cost = null)
{
    /// <summary>Key ages and storage tiers (<c>storage:</c>); null: every key is hot, as the strategy keeps it.</summary>
    public StorageSpec? Storage { get; init; }

    /// <summary>Named classes of keys and where their values may be (<c>data-classes:</c>), in key order; empty: none.</summary>
    public IReadOnlyList<DataClassSpec> DataClasses { get; init; } = [];

    /// <summary>The timeline's <c>migrate</c> actions, in file order.</summary>
    public IReadOnlyList<MigrationSpec> Migrations { get; init; } = [];
}
