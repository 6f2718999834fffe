using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections.Faults;

/// <summary>The <c>faults:</c> timeline, in file order, with named partition shapes expanded.</summary>
internal sealed class FaultsReader
{
    private readonly Diagnostics _diagnostics;
    private readonly ValueReader _values;
    private readonly SimDuration? _duration;
    private readonly RegionIndex _regions;
    private readonly PartitionReader _partitions;
    private readonly TimelineFaultReader _timeline;
    private readonly RandomFaultReader _random;

    /// <param name="duration">The run's duration, or null when it is invalid (already reported).</param>
    public FaultsReader(Diagnostics diagnostics, ValueReader values, RegionIndex regions, SimDuration? duration)
    {
        _diagnostics = diagnostics;
        _values = values;
        _duration = duration;
        _regions = regions;
        var targets = new FaultTargets(diagnostics, values, regions);
        _partitions = new PartitionReader(diagnostics, values, targets);
        _timeline = new TimelineFaultReader(diagnostics, values, targets);
        _random = new RandomFaultReader(diagnostics, values, targets);
    }

    /// <summary>The <c>migrate</c> items, for <see cref="MigrationsReader"/>.</summary>
    public List<FaultEntry> Migrations { get; } = [];

    public IReadOnlyList<FaultSpec> Read(Node node)
    {
        var faults = new List<FaultSpec>();
        var overlaps = new LinkOverlapChecker(_diagnostics, _regions);
        foreach (var item in _values.Sequence(node, "faults")?.Items ?? [])
        {
            if (_values.Mapping(item, "each fault") is not { } mapping || Type(mapping) is not { } type)
            {
                continue;
            }
            if (type == FaultTypes.Migrate)
            {
                Migrations.Add(Entry(mapping, type));
                continue;
            }
            foreach (var fault in ReadFault(Entry(mapping, type)))
            {
                overlaps.Check(fault, mapping.Start);
                faults.Add(fault);
            }
        }
        return faults;
    }

    private IReadOnlyList<FaultSpec> ReadFault(FaultEntry entry) => entry.Type switch
    {
        FaultTypes.Partition => _partitions.Read(entry),
        _ when FaultTypes.IsRandom(entry.Type) => _random.Read(entry) is { } fault ? [fault] : [],
        _ => _timeline.Read(entry) is { } fault ? [fault] : [],
    };

    // The type decides which keys are valid, so it is checked before the rest of the item.
    private string? Type(MappingNode mapping)
    {
        if (mapping.Entries.FirstOrDefault(e => e.Key.Value == "type")?.Value is not { } typeNode)
        {
            // Reading with every fault key turns a misspelt `type` into a "did you mean" instead.
            new MappingReader(mapping, _diagnostics, "this fault", FaultTypes.AnyKeys).Require("type");
            return null;
        }
        if (_values.Scalar(typeNode, "type") is not { } type)
        {
            return null;
        }
        if (FaultTypes.All.Contains(type.Value))
        {
            return type.Value;
        }
        var suggestion = Suggestions.Closest(type.Value, FaultTypes.All) is { } close ? $"did you mean '{close}'? Expected" : "expected";
        _values.Report(type, $"unknown fault type '{type.Value}'; {suggestion} one of {string.Join(", ", FaultTypes.All)}");
        return null;
    }

    private FaultEntry Entry(MappingNode mapping, string type)
    {
        var reader = new MappingReader(mapping, _diagnostics, $"this {type}", FaultTypes.KeysOf(type));
        var random = FaultTypes.IsRandom(type);
        var atNode = random ? reader.Get("at") : reader.Require("at");
        SimDuration? at = atNode is not null ? _values.TimeInRun(atNode, "at", _duration)
            : random ? SimDuration.Zero
            : null;
        var length = type switch
        {
            FaultTypes.ClockJump or FaultTypes.Migrate => SimDuration.Zero,
            _ when random => reader.Get("for") is { } f ? _values.PositiveDuration(f, "for") : _duration - at,
            _ => reader.Require("for") is { } f ? _values.PositiveDuration(f, "for") : null,
        };
        return new FaultEntry(type, mapping, reader, at, length);
    }
}
