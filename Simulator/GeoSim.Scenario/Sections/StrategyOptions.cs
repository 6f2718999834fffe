using GeoSim.Core.Distributions;
using GeoSim.Core.Spec;
using GeoSim.Core.Engine;
using GeoSim.Core.Replication;
using GeoSim.Scenario.Units;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// One strategy block (or a block nested in it) as its <see cref="StrategyDefinition"/> reads it:
/// the YAML, positions, units and suggestions stay here; region names become ids here.
/// </summary>
internal sealed class StrategyOptions : IStrategyOptions
{
    private readonly MappingReader _block;
    private readonly IReadOnlyList<StrategyKey> _keys;
    private readonly Diagnostics _diagnostics;
    private readonly ValueReader _values;
    private readonly List<string> _regionNames;

    /// <param name="block">The block, its keys already checked against <paramref name="keys"/>; required keys are checked here.</param>
    public StrategyOptions(MappingReader block, IReadOnlyList<StrategyKey> keys, Diagnostics diagnostics, ValueReader values, IReadOnlyList<ScenarioRegion> regions)
    {
        _block = block;
        _keys = keys;
        _diagnostics = diagnostics;
        _values = values;
        Regions = regions;
        _regionNames = [.. regions.Select(r => r.Name)];
        foreach (var key in keys.Where(k => k.Required))
        {
            block.Require(key.Name);
        }
    }

    /// <summary>The key names a block of these keys accepts.</summary>
    public static string[] Names(IReadOnlyList<StrategyKey> keys) => [.. keys.Select(k => k.Name)];

    public IReadOnlyList<ScenarioRegion> Regions { get; }

    public bool Has(string key) => Value(key) is not null;

    public SimDuration? Duration(string key) => Value(key) is { } node ? _values.PositiveDuration(node, key) : null;

    public int? Count(string key, int min, int max) => Value(key) is { } node ? (int?)_values.Integer(node, key, min, max) : null;

    public bool? Bool(string key) => Value(key) is { } node ? _values.Boolean(node, key) : null;

    public Distribution? Distribution(string key) => Value(key) is { } node ? _values.Distribution(node, key) : null;

    public string? Text(string key) => Value(key) is { } node ? _values.Text(node, key) : null;

    public RegionId? Region(string key) => Value(key) is { } node ? Resolve(node, key) : null;

    public IReadOnlyList<RegionId>? RegionList(string key, Func<RegionId, IReadOnlyList<RegionId>, string?>? check = null)
    {
        if (Value(key) is not { } node || _values.Sequence(node, key) is not { } list)
        {
            return null;
        }
        var chosen = new List<RegionId>();
        var ok = true;
        foreach (var item in list.Items)
        {
            var region = Resolve(item, key);
            var problem = region is { } r ? check?.Invoke(r, chosen) : null;
            if (problem is not null)
            {
                _values.Report((ScalarNode)item, problem);
            }
            else if (region is { } accepted)
            {
                chosen.Add(accepted);
                continue;
            }
            ok = false;
        }
        return ok ? chosen : null;
    }

    public IReadOnlyList<(RegionId Parent, RegionId Child)>? RegionTree(string key)
    {
        if (Value(key) is not { } node || _values.Mapping(node, key) is not { } mapping)
        {
            return null;
        }
        var pairs = new List<(RegionId, RegionId)>();
        var ok = true;
        foreach (var entry in mapping.Entries)
        {
            var parent = Resolve(entry.Key, key);
            foreach (var item in _values.Sequence(entry.Value, entry.Key.Value)?.Items ?? [])
            {
                var child = Resolve(item, entry.Key.Value);
                ok &= parent is not null && child is not null;
                if (parent is { } p && child is { } c)
                {
                    pairs.Add((p, c));
                }
            }
        }
        return ok ? pairs : null;
    }

    public T? Choice<T>(string key, Choices<T> choices, out SimDuration argument)
        where T : struct
    {
        argument = SimDuration.Zero;
        if (Value(key) is not { } node || _values.Scalar(node, key) is not { } scalar)
        {
            return null;
        }
        if (choices.TryGet(scalar.Value, out var value))
        {
            return value;
        }
        if (choices.WithDuration is { } named && scalar.Value.StartsWith(named.Name, StringComparison.Ordinal))
        {
            return WithArgument(scalar, key, named, out argument);
        }
        _values.Report(scalar, $"unknown {key} '{scalar.Value}'{Suggestions.Hint(scalar.Value, choices.Names)}");
        return null;
    }

    public IStrategyOptions? Block(string key)
    {
        if (Value(key) is not { } node || _values.Mapping(node, key) is not { } mapping)
        {
            return null;
        }
        var keys = _keys.First(k => k.Name == key).Keys;
        return new StrategyOptions(new MappingReader(mapping, _diagnostics, key, Names(keys)), keys, _diagnostics, _values, Regions);
    }

    public void Report(string key, string message)
    {
        var node = Value(key);
        _diagnostics.Add(node is ScalarNode scalar ? scalar.ValueStart : node?.Start ?? _block.Start, message);
    }

    /// <summary>The value of a key of the table; asking for any other key is a bug of the strategy.</summary>
    private Node? Value(string key) =>
        _keys.Any(k => k.Name == key) ? _block.Get(key) : throw new ArgumentException($"'{key}' is not in the strategy's key table", nameof(key));

    private RegionId? Resolve(Node node, string key) =>
        _values.Region(node, key, _regionNames) is { } name && _regionNames.IndexOf(name) is var index and >= 0 ? new RegionId(index) : null;

    /// <summary><c>name(duration)</c>, e.g. <c>bounded(5s)</c>.</summary>
    private T? WithArgument<T>(ScalarNode scalar, string key, DurationArgument<T> named, out SimDuration argument)
        where T : struct
    {
        argument = SimDuration.Zero;
        var text = scalar.Value;
        var open = named.Name.Length;
        if (text.Length <= open || text[open] != '(' || !text.EndsWith(')'))
        {
            _values.Report(scalar, $"{key} '{text}' needs {named.Argument} in parentheses, e.g. {named.Name}({named.Example})");
            return null;
        }
        if (!DurationParser.TryParse(text[(open + 1)..^1].Trim(), out var bound, out var error))
        {
            _diagnostics.Add(scalar.PositionAt(open + 1), $"{named.Name}: {error}");
            return null;
        }
        if (bound == SimDuration.Zero)
        {
            _diagnostics.Add(scalar.PositionAt(open + 1), $"{named.Name}: {named.Argument} must be > 0");
            return null;
        }
        argument = bound;
        return named.Value;
    }
}
