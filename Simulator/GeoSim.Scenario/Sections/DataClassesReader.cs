using System.Globalization;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Units;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// <c>data-classes: [{ name: eu-profiles, share: 30%, residency: [eu-west-1, eu-central-1] }, ...]</c>.
/// Classes take consecutive key ranges in the order written: a <c>share</c> takes that percentage of
/// the keys from where the previous class ended; a <c>key-range: [lo, hi]</c> names its keys
/// (lo inclusive, hi exclusive) and must start at or after the previous class's end. Keys no
/// class takes form an unnamed class that may be anywhere.
/// </summary>
internal sealed class DataClassesReader(Diagnostics diagnostics, ValueReader values)
{
    internal static readonly string[] Keys = ["name", "share", "key-range", "residency"];

    /// <summary>Where each class read has its residency (else the class itself), by class.</summary>
    public List<SourcePosition> Positions { get; } = [];

    public IReadOnlyList<DataClassSpec> Read(Node node, RegionIndex regions, int keys)
    {
        if (values.Sequence(node, "data-classes") is not { } list)
        {
            return [];
        }
        var classes = new List<DataClassSpec>();
        var end = 0;
        foreach (var item in list.Items)
        {
            if (Class(item, regions, keys, end) is not { } read)
            {
                continue;
            }
            if (classes.Any(c => c.Name == read.Name))
            {
                diagnostics.Add(item.Start, $"data class {read.Name} is named twice");
                continue;
            }
            classes.Add(read);
            Positions.Add(KeyFinder.First(item, "residency") ?? item.Start);
            end = read.EndKey;
        }
        return classes;
    }

    private DataClassSpec? Class(Node node, RegionIndex regions, int keys, int start)
    {
        if (values.Mapping(node, "a data class") is not { } mapping)
        {
            return null;
        }
        var reader = new MappingReader(mapping, diagnostics, "a data class", Keys);
        var name = reader.Require("name") is { } n ? values.Text(n, "name") : null;
        var range = Range(reader, keys, start);
        // An empty list is reported by the list reader: residency names at least one region.
        var residencyNode = reader.Get("residency");
        var residency = residencyNode is null ? null : new DataRegions(diagnostics, values).ReadList(residencyNode, "residency", regions);
        return name is null || range is not { } keysOf || (residencyNode is not null && residency is null) ? null : new DataClassSpec(name, keysOf.First, keysOf.End, residency);
    }

    private (int First, int End)? Range(MappingReader reader, int keys, int start)
    {
        var share = reader.Get("share");
        var keyRange = reader.Get("key-range");
        if (share is not null && keyRange is not null)
        {
            diagnostics.Add(keyRange.Start, "a data class takes share or key-range, not both");
            return null;
        }
        if (share is not null)
        {
            return Share(share, keys, start);
        }
        if (keyRange is not null)
        {
            return KeyRange(keyRange, keys, start);
        }
        diagnostics.Add(reader.Start, "a data class needs share (a percentage of the keys) or key-range ([lo, hi])");
        return null;
    }

    /// <summary>The share's keys, rounded to the nearest key, from <paramref name="start"/>.</summary>
    private (int First, int End)? Share(Node node, int keys, int start)
    {
        if (values.Scalar(node, "share") is not { } scalar)
        {
            return null;
        }
        var text = scalar.Value;
        if (!text.EndsWith('%') || !NumberWithUnit.TryParseNumber(text[..^1], out var percent) || percent is <= 0 or > 100)
        {
            values.Report(scalar, $"share must be a percentage above 0% and at most 100% of the keys, found {text}");
            return null;
        }
        var count = (int)Math.Round(percent / 100 * keys, MidpointRounding.AwayFromZero);
        if (start + count > keys)
        {
            values.Report(scalar, string.Create(CultureInfo.InvariantCulture,
                $"the data classes' shares add up to more than 100% of the keys: this one needs {count} keys from key {start}, and there are {keys}"));
            return null;
        }
        return (start, start + count);
    }

    private (int First, int End)? KeyRange(Node node, int keys, int start)
    {
        if (values.Sequence(node, "key-range") is not { } list)
        {
            return null;
        }
        if (list.Items.Count != 2)
        {
            diagnostics.Add(list.Start, $"key-range is [lo, hi]: the first key and the key after the last, found {list.Items.Count} item(s)");
            return null;
        }
        if (values.Integer(list.Items[0], "key-range", 0, keys) is not { } lo || values.Integer(list.Items[1], "key-range", 0, keys) is not { } hi)
        {
            return null;
        }
        if (hi <= lo)
        {
            values.Report((ScalarNode)list.Items[1], $"key-range's end ({hi}) must be greater than its start ({lo})");
            return null;
        }
        if (lo < start)
        {
            values.Report((ScalarNode)list.Items[0], $"key-range starts at key {lo}, inside the previous data class (which ends before key {start}): classes take consecutive, non-overlapping ranges in order");
            return null;
        }
        return ((int)lo, (int)hi);
    }
}
