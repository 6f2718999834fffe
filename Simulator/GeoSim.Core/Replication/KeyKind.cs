namespace GeoSim.Core.Replication;

/// <summary>What the value of a key of a strategy block is, as the scenario file writes it.</summary>
public enum KeyKind
{
    /// <summary>A duration greater than zero (<c>10s</c>, <c>500ms</c>).</summary>
    Duration,

    /// <summary>A whole number within bounds the strategy sets.</summary>
    Count,

    /// <summary>The name of a region of the scenario.</summary>
    Region,

    /// <summary>A list of region names, at least one.</summary>
    RegionList,

    /// <summary>A mapping from a region to the list of its child regions.</summary>
    RegionTree,

    /// <summary>One of a closed set of names (<see cref="StrategyKey.Choices"/>).</summary>
    Choice,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>A nested mapping with keys of its own (<see cref="StrategyKey.Keys"/>).</summary>
    Block,

    /// <summary>A distribution of durations (<c>exponential(mean=1ms)</c>, <c>5ms</c>).</summary>
    Distribution,

    /// <summary>A single word or number that the strategy reads itself (<c>quorum</c>, <c>2</c>).</summary>
    Text,
}
