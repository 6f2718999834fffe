using GeoSim.Core.Spec;

namespace GeoSim.Core.Replication.Cascade;

/// <summary>
/// <c>type: cascade</c>: the relay tree, <c>chain: [a, b, c]</c> or <c>tree: { a: [b], b: [c, d] }</c>.
/// Every region with nodes must be in it exactly once, with one head and no cycle.
/// </summary>
internal sealed class CascadeStrategy : StrategyDefinition
{
    public const string Name = "cascade";

    public override string Type => Name;

    public override IReadOnlyList<StrategyKey> Keys { get; } =
    [
        new("chain", KeyKind.RegionList, "the regions in relay order, the head first (or give tree)"),
        new("tree", KeyKind.RegionTree, "each parent region with the list of regions it relays to (or give chain)"),
        new("reparent-after", KeyKind.Duration, "a relay that has not heard its parent this long reattaches to its grandparent (default: never)"),
    ];

    public override StrategySpec? Read(IStrategyOptions options, string label)
    {
        var (hasChain, hasTree) = (options.Has("chain"), options.Has("tree"));
        if (hasChain == hasTree)
        {
            options.Report("tree", "a cascade needs exactly one of 'chain' (a list of regions) or 'tree' (parent: [children])");
            return null;
        }
        var key = hasChain ? "chain" : "tree";
        var links = hasChain ? Chain(options) : Tree(options);
        if (links is null || !CascadeShape.Check(links, options, key))
        {
            return null;
        }
        return new CascadeSpec(label, links, options.Duration("reparent-after"));
    }

    public override ReplicationStrategy Create(StrategySpec spec, NodeContext context) => new CascadeNode(context, (CascadeSpec)spec);

    private static List<CascadeLink>? Chain(IStrategyOptions options)
    {
        if (options.RegionList("chain") is not { } regions)
        {
            return null;
        }
        if (regions.Count < 2)
        {
            options.Report("chain", "a chain needs at least two regions");
            return null;
        }
        return [.. regions.Zip(regions.Skip(1), (parent, child) => new CascadeLink(parent, child))];
    }

    private static List<CascadeLink>? Tree(IStrategyOptions options) =>
        options.RegionTree("tree") is { Count: > 0 } pairs ? [.. pairs.Select(p => new CascadeLink(p.Parent, p.Child))] : null;
}
