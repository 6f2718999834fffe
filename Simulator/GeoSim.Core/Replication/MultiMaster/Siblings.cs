using GeoSim.Core.Clocks;

namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>
/// The concurrent versions of one key a node keeps under <c>siblings</c> resolution: none is
/// dominated by another. A version that has seen them all replaces them all. Immutable.
/// </summary>
public sealed class Siblings
{
    private Siblings(IReadOnlyList<KeyVersion> versions) => Versions = versions;

    public static Siblings Of(KeyVersion version) => new([version]);

    public IReadOnlyList<KeyVersion> Versions { get; }

    /// <summary>The causal history of all the siblings together: what a new write here has seen.</summary>
    public VersionVector Clock => Versions.Skip(1).Aggregate(Versions[0].Clock, (c, v) => c.Merge(v.Clock));

    /// <summary>True when <paramref name="incoming"/> adds nothing: some sibling already includes it.</summary>
    public bool Covers(KeyVersion incoming) => Versions.Any(v => v.Clock.Dominates(incoming.Clock));

    /// <summary>True when <paramref name="incoming"/> is concurrent with some sibling.</summary>
    public bool ConflictsWith(KeyVersion incoming) => Versions.Any(v => incoming.Clock.Compare(v.Clock) == CausalOrder.Concurrent);

    /// <summary>Adds a version, dropping the siblings it dominates.</summary>
    public Siblings With(KeyVersion incoming) =>
        new(Versions.Where(v => !incoming.Clock.Dominates(v.Clock)).Append(incoming).OrderBy(v => v.Origin).ThenBy(v => v.Clock.ToString(), StringComparer.Ordinal).ToList());

    /// <summary>Equal on two replicas exactly when they hold the same siblings.</summary>
    public long Digest() => Versions.Aggregate(17L, (hash, v) => unchecked(hash * 31 + v.Clock.GetHashCode()));
}
