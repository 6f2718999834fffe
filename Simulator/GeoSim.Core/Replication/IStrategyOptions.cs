using GeoSim.Core.Distributions;
using GeoSim.Core.Spec;
using GeoSim.Core.Engine;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication;

/// <summary>
/// The keys of one strategy block, as the scenario layer reads them for a
/// <see cref="StrategyDefinition"/>. Each getter returns null when the key is absent, or when its
/// value is wrong: then it has already reported where and why, so the strategy just goes on and
/// more errors are found in one pass. A key must be in the definition's key table.
/// </summary>
public interface IStrategyOptions
{
    /// <summary>The scenario's regions, in topology order (region i has id i).</summary>
    IReadOnlyList<ScenarioRegion> Regions { get; }

    /// <summary>True when the block sets <paramref name="key"/>.</summary>
    bool Has(string key);

    /// <summary>A duration greater than zero.</summary>
    SimDuration? Duration(string key);

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    int? Count(string key, int min, int max);

    /// <summary>A region of the scenario.</summary>
    RegionId? Region(string key);

    /// <summary>
    /// A list of regions; <paramref name="check"/>, given each region and those accepted before it,
    /// may return a problem with it, which is reported at that item. Null when any item was wrong.
    /// </summary>
    IReadOnlyList<RegionId>? RegionList(string key, Func<RegionId, IReadOnlyList<RegionId>, string?>? check = null);

    /// <summary>A mapping from a parent region to its children, as parent-child pairs in file order; null when any name was wrong.</summary>
    IReadOnlyList<(RegionId Parent, RegionId Child)>? RegionTree(string key);

    /// <summary>One of <paramref name="choices"/>; <paramref name="argument"/> is the duration of a <c>name(T)</c> choice, else zero.</summary>
    T? Choice<T>(string key, Choices<T> choices, out SimDuration argument)
        where T : struct;

    /// <summary>One of <paramref name="choices"/>.</summary>
    T? Choice<T>(string key, Choices<T> choices)
        where T : struct => Choice(key, choices, out _);

    bool? Bool(string key);

    /// <summary>A distribution of durations.</summary>
    Distribution? Distribution(string key);

    /// <summary>A single value as written, for a strategy that reads it itself (and reports what is wrong with <see cref="Report"/>).</summary>
    string? Text(string key);

    /// <summary>A nested block, read with the keys its <see cref="StrategyKey.Keys"/> lists.</summary>
    IStrategyOptions? Block(string key);

    /// <summary>Reports a problem at the value of <paramref name="key"/>, or at the start of the block when the key is absent.</summary>
    void Report(string key, string message);
}
