namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>
/// An observed-remove set CRDT: every add is tagged uniquely; a remove hides the tags it has
/// observed, so an add concurrent with a remove survives (add wins). Merge is the union of adds
/// and of removes: commutative, associative and idempotent. Immutable.
/// </summary>
internal sealed class OrSet : ICrdt, IEquatable<OrSet>
{
    public static readonly OrSet Empty = new([], []);

    private readonly SortedSet<(long Element, long Tag)> _adds;
    private readonly SortedSet<long> _removedTags;

    private OrSet(SortedSet<(long, long)> adds, SortedSet<long> removedTags)
    {
        _adds = adds;
        _removedTags = removedTags;
    }

    /// <summary>The elements present: added under a tag no remove has observed, in ascending order.</summary>
    public IReadOnlyList<long> Elements =>
        _adds.Where(a => !_removedTags.Contains(a.Tag)).Select(a => a.Element).Distinct().ToList();

    public OrSet Add(long element, long tag) => new(new SortedSet<(long, long)>(_adds) { (element, tag) }, _removedTags);

    /// <summary>Removes an element as this replica sees it: hides every tag of it observed so far.</summary>
    public OrSet Remove(long element)
    {
        var removed = new SortedSet<long>(_removedTags);
        removed.UnionWith(_adds.Where(a => a.Element == element).Select(a => a.Tag));
        return new OrSet(_adds, removed);
    }

    public OrSet Merge(OrSet other)
    {
        var adds = new SortedSet<(long, long)>(_adds);
        adds.UnionWith(other._adds);
        var removed = new SortedSet<long>(_removedTags);
        removed.UnionWith(other._removedTags);
        return new OrSet(adds, removed);
    }

    /// <summary>Largest number of items a cart holds before a write removes one instead of adding.</summary>
    public const int CartSize = 3;

    /// <summary>
    /// A shopping-cart write: add a new item, or, when the cart already holds
    /// <see cref="CartSize"/> items, remove the oldest one this replica sees.
    /// </summary>
    public ICrdt Update(int node, long writeTag)
    {
        var items = Elements;
        return items.Count >= CartSize ? Remove(items[0]) : Add(writeTag, writeTag);
    }

    public ICrdt Merge(ICrdt other) => Merge((OrSet)other);

    /// <summary>A number equal for two sets exactly when (barring hash collisions) they show the same elements.</summary>
    public long Digest() => Elements.Aggregate(17L, (hash, e) => unchecked(hash * 31 + e));

    public bool Equals(OrSet? other) =>
        other is not null && _adds.SetEquals(other._adds) && _removedTags.SetEquals(other._removedTags);

    public override bool Equals(object? obj) => Equals(obj as OrSet);

    public override int GetHashCode() => HashCode.Combine(_adds.Count, _removedTags.Count);
}
