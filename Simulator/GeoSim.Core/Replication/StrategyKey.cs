namespace GeoSim.Core.Replication;

/// <summary>
/// One key of a strategy block, as data: the scenario layer checks names against it (unknown and
/// missing keys), and it is what documents the block.
/// </summary>
/// <param name="Name">The key as the scenario file writes it.</param>
/// <param name="Description">One line: what the key sets.</param>
public sealed record StrategyKey(string Name, KeyKind Kind, string Description)
{
    /// <summary>A block without this key is an error.</summary>
    public bool Required { get; init; }

    /// <summary>The value taken when the key is absent, as the file would write it; null when there is none or it depends on other keys.</summary>
    public string? Default { get; init; }

    /// <summary>For <see cref="KeyKind.Choice"/>: the names it accepts.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>For <see cref="KeyKind.Block"/>: the keys of the nested block.</summary>
    public IReadOnlyList<StrategyKey> Keys { get; init; } = [];
}
