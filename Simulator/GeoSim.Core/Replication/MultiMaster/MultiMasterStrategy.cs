using GeoSim.Core.Spec;

namespace GeoSim.Core.Replication.MultiMaster;

/// <summary><c>type: multi-master</c>: how conflicts are settled, and whether delivery is causal.</summary>
internal sealed class MultiMasterStrategy : StrategyDefinition
{
    public const string Name = "multi-master";

    private static readonly Choices<ConflictResolution> Resolutions = new(
        ("lww", ConflictResolution.Lww), ("hlc-lww", ConflictResolution.HlcLww), ("siblings", ConflictResolution.Siblings),
        ("priority", ConflictResolution.Priority), ("crdt", ConflictResolution.Crdt));

    private static readonly Choices<CrdtType> DataTypes = new(("register", CrdtType.Register), ("counter", CrdtType.Counter), ("set", CrdtType.Set));

    public override string Type => Name;

    public override IReadOnlyList<StrategyKey> Keys { get; } =
    [
        new("conflict-resolution", KeyKind.Choice, "how two concurrent versions of a key are settled")
        {
            Choices = Resolutions.Names,
            Default = Resolutions.NameOf(ConflictResolution.Lww),
        },
        new("region-priority", KeyKind.RegionList, "priority: the regions whose concurrent writes win, first wins"),
        new("data-type", KeyKind.Choice, "crdt: the data type replicated") { Choices = DataTypes.Names, Default = DataTypes.NameOf(CrdtType.Register) },
        new("causal", KeyKind.Bool, "apply an update only after every update its writer had seen") { Default = "false" },
    ];

    public override StrategySpec? Read(IStrategyOptions options, string label)
    {
        var resolution = options.Has("conflict-resolution") ? options.Choice("conflict-resolution", Resolutions) : ConflictResolution.Lww;
        if (options.Has("region-priority") && resolution != ConflictResolution.Priority)
        {
            options.Report("region-priority", "region-priority is used only with conflict-resolution: priority");
        }
        else if (!options.Has("region-priority") && resolution == ConflictResolution.Priority)
        {
            options.Report("region-priority", "conflict-resolution: priority needs region-priority: [regions, first wins]");
        }
        var priority = options.RegionList("region-priority") ?? [];
        if (options.Has("data-type") && resolution != ConflictResolution.Crdt)
        {
            options.Report("data-type", "data-type is used only with conflict-resolution: crdt");
        }
        var dataType = options.Choice("data-type", DataTypes) ?? CrdtType.Register;
        var causal = options.Bool("causal") == true;
        return resolution is { } r ? new MultiMasterSpec(label, r, priority, dataType, causal) : null;
    }

    public override ReplicationStrategy Create(StrategySpec spec, NodeContext context) => new MultiMasterNode(context, (MultiMasterSpec)spec);
}
