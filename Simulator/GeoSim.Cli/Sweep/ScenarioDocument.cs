using GeoSim.Scenario.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// A scenario's YAML text and tree, to find the value a sweep path names. The sweep changes the
/// scenario at the YAML level: it replaces that value's characters in the text (the line count
/// never changes), and the normal loader then reads the result like any scenario file.
/// </summary>
internal sealed class ScenarioDocument
{
    private readonly YamlNode _root;

    private ScenarioDocument(string text, YamlNode root)
    {
        Text = text;
        _root = root;
    }

    public string Text { get; }

    /// <summary>The tree of <paramref name="text"/>, a scenario the loader has already accepted.</summary>
    public static ScenarioDocument Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return new ScenarioDocument(text, stream.Documents[0].RootNode);
    }

    /// <summary>
    /// The characters [Start, End) of the single value at <paramref name="path"/>; or null, with
    /// what is wrong and the offset in the path's text it concerns.
    /// </summary>
    public (int Start, int End)? Find(IReadOnlyList<PathSegment> path, out string? error, out int errorOffset)
    {
        var node = _root;
        var walked = "";
        error = null;
        errorOffset = 0;
        foreach (var segment in path)
        {
            var next = Step(node, segment, walked, out error);
            if (next is null)
            {
                errorOffset = segment.Offset;
                return null;
            }
            node = next;
            walked = walked.Length == 0 || segment.Index is not null ? walked + segment : $"{walked}.{segment}";
        }
        if (node is not YamlScalarNode scalar)
        {
            error = $"{walked} is {Kind(node)} in the scenario; a sweep replaces single values: vary a path inside it";
            return null;
        }
        if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded || scalar.Start.Line != scalar.End.Line || !scalar.Anchor.IsEmpty)
        {
            error = $"{walked} is a multi-line or anchored value in the scenario; a sweep replaces one-line values only";
            return null;
        }
        return ((int)scalar.Start.Index, (int)scalar.End.Index);
    }

    private static YamlNode? Step(YamlNode node, PathSegment segment, string walked, out string? error)
    {
        var where = walked.Length == 0 ? "the scenario" : walked;
        error = null;
        if (segment.Index is { } index)
        {
            if (node is not YamlSequenceNode list)
            {
                error = $"{where} is {Kind(node)}, not a list: [{index}] cannot apply";
                return null;
            }
            if (index >= list.Children.Count)
            {
                error = $"{where} has {list.Children.Count} item(s): [{index}] is past its end (the first is [0])";
                return null;
            }
            return list.Children[index];
        }
        if (node is not YamlMappingNode mapping)
        {
            error = $"{where} is {Kind(node)}, so it has no key '{segment.Key}'";
            return null;
        }
        var keys = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList();
        var found = mapping.Children.FirstOrDefault(e => e.Key is YamlScalarNode k && k.Value == segment.Key);
        if (found.Key is null)
        {
            var hint = Suggestions.Closest(segment.Key!, keys) is { } close ? $"; did you mean '{close}'?" : "";
            error = $"{where} has no key '{segment.Key}'{hint} (it has: {string.Join(", ", keys)}); a sweep replaces only values the scenario sets: add the key to the scenario first";
            return null;
        }
        return found.Value;
    }

    private static string Kind(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => "a single value",
    };
}
