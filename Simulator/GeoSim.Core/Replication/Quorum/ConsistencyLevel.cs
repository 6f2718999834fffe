using System.Globalization;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>How many replicas must answer, as Cassandra names it.</summary>
public enum LevelKind
{
    /// <summary>A fixed number of replicas, anywhere (<c>1</c>, <c>one</c>, <c>two</c>).</summary>
    Count,

    /// <summary>A majority of all replicas: ⌊N/2⌋ + 1.</summary>
    Quorum,

    /// <summary>Every replica.</summary>
    All,

    /// <summary>One replica in the coordinator's region.</summary>
    LocalOne,

    /// <summary>A majority of the replicas in the coordinator's region.</summary>
    LocalQuorum,

    /// <summary>A majority of the replicas in every region that holds replicas.</summary>
    EachQuorum,
}

/// <summary>A write or read consistency level: a kind, and for <see cref="LevelKind.Count"/> the number.</summary>
public readonly record struct ConsistencyLevel(LevelKind Kind, int Count = 0)
{
    public static ConsistencyLevel One => new(LevelKind.Count, 1);

    public static ConsistencyLevel Majority => new(LevelKind.Quorum);

    // The kinds are named as the scenario writes them, LocalQuorum as local-quorum.
    private static readonly (string Name, ConsistencyLevel Level)[] Named =
    [
        ("one", One), ("two", new(LevelKind.Count, 2)), ("three", new(LevelKind.Count, 3)),
        .. new[] { LevelKind.Quorum, LevelKind.All, LevelKind.LocalOne, LevelKind.LocalQuorum, LevelKind.EachQuorum }.Select(k => (Kebab(k), new ConsistencyLevel(k))),
    ];

    /// <summary>The names a scenario may write besides a number.</summary>
    public static readonly IReadOnlyList<string> Names = [.. Named.Select(n => n.Name)];

    /// <summary>True for the levels that count replicas per region (they need <c>per-region</c> placement).</summary>
    public bool PerRegion => Kind is LevelKind.LocalOne or LevelKind.LocalQuorum or LevelKind.EachQuorum;

    /// <summary>A number, or one of <see cref="Names"/>; null for anything else.</summary>
    public static ConsistencyLevel? Parse(string text)
    {
        foreach (var (name, level) in Named)
        {
            if (name == text)
            {
                return level;
            }
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? new ConsistencyLevel(LevelKind.Count, n) : null;
    }

    /// <summary>Replicas that must answer when <paramref name="replicas"/> of them exist (any region).</summary>
    public int Needed(int replicas) => Kind switch
    {
        LevelKind.Count => Count,
        LevelKind.All => replicas,
        LevelKind.LocalOne => 1,
        _ => replicas / 2 + 1,
    };

    public override string ToString() => Kind == LevelKind.Count ? Count.ToString(CultureInfo.InvariantCulture) : Kebab(Kind);

    private static string Kebab(LevelKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
