using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GeoSim.Scenario.Yaml;

/// <summary>
/// Builds a <see cref="Node"/> tree from YamlDotNet's parser events. A YAML syntax error stops the
/// build and becomes one error; a duplicate key is reported and the build goes on.
/// </summary>
internal sealed class YamlTreeBuilder
{
    // Scenario files are a few levels deep; the limit keeps a hostile file from exhausting the stack.
    private const int MaxDepth = 64;

    private readonly Parser _parser;
    private readonly Diagnostics _diagnostics;
    private readonly Dictionary<string, Node> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<SourcePosition> _openFlowCollections = new();
    private SourcePosition _lastGood = SourcePosition.FileStart;

    private YamlTreeBuilder(string text, Diagnostics diagnostics)
    {
        _parser = new Parser(new StringReader(text));
        _diagnostics = diagnostics;
    }

    /// <summary>The document's root node, or null when the text is empty or not valid YAML.</summary>
    public static Node? Build(string text, Diagnostics diagnostics) => new YamlTreeBuilder(text, diagnostics).BuildStream();

    private Node? BuildStream()
    {
        try
        {
            Next<StreamStart>();
            if (Next() is not DocumentStart)
            {
                _diagnostics.Add(SourcePosition.FileStart, "the scenario file is empty");
                return null;
            }
            var root = BuildNode(Next(), depth: 0);
            Next<DocumentEnd>();
            if (Next() is DocumentStart extra)
            {
                _diagnostics.Add(new SourcePosition(extra.Start), "a scenario file holds one YAML document; remove this '---' and what follows");
            }
            return root;
        }
        catch (YamlException e)
        {
            _diagnostics.Add(new SourcePosition(e.Start), e.Message);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 18.1.0 throws these instead of a YamlException for some broken input: an
            // unclosed '[' followed by another `key: value` line, or a malformed tag such as `!<>`.
            ReportParserFailure();
            return null;
        }
    }

    private void ReportParserFailure()
    {
        if (_openFlowCollections.TryPeek(out var open))
        {
            _diagnostics.Add(open, "this '[' or '{' is never closed");
        }
        else
        {
            _diagnostics.Add(_lastGood, "invalid YAML after this point");
        }
    }

    private Node BuildNode(ParsingEvent first, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new YamlException(first.Start, first.End, $"the document is nested more than {MaxDepth} levels deep");
        }
        var node = first switch
        {
            Scalar scalar => BuildScalar(scalar),
            SequenceStart start => BuildSequence(start, depth),
            MappingStart start => BuildMapping(start, depth),
            AnchorAlias alias => _anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new YamlException(alias.Start, alias.End, $"unknown alias '*{alias.Value.Value}'; no anchor '&{alias.Value.Value}' before it"),
            _ => throw new YamlException(first.Start, first.End, $"unexpected {first.GetType().Name}"),
        };
        if (first is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            _anchors[anchored.Anchor.Value] = node;
        }
        return node;
    }

    private static ScalarNode BuildScalar(Scalar scalar)
    {
        var start = new SourcePosition(scalar.Start);
        var end = new SourcePosition(scalar.End);
        var singleLine = start.Line == end.Line && scalar.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        // Counted back from the end because the start includes any anchor (`&a 40ms`).
        var closingQuote = scalar.Style == ScalarStyle.Plain ? 0 : 1;
        var valueColumn = end.Column - closingQuote - scalar.Value.Length;
        var valueStart = singleLine && valueColumn >= start.Column ? end with { Column = valueColumn } : start;
        return new ScalarNode(scalar.Value, scalar.Style, start, valueStart, singleLine && valueColumn >= start.Column);
    }

    private SequenceNode BuildSequence(SequenceStart start, int depth)
    {
        var flow = start.Style == SequenceStyle.Flow;
        if (flow)
        {
            _openFlowCollections.Push(new SourcePosition(start.Start));
        }
        var items = new List<Node>();
        for (var e = Next(); e is not SequenceEnd; e = Next())
        {
            items.Add(BuildNode(e, depth + 1));
        }
        if (flow)
        {
            _openFlowCollections.Pop();
        }
        return new SequenceNode(items, new SourcePosition(start.Start));
    }

    private MappingNode BuildMapping(MappingStart start, int depth)
    {
        var flow = start.Style == MappingStyle.Flow;
        if (flow)
        {
            _openFlowCollections.Push(new SourcePosition(start.Start));
        }
        var entries = new List<MappingEntry>();
        var seen = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        for (var e = Next(); e is not MappingEnd; e = Next())
        {
            var key = BuildNode(e, depth + 1);
            var value = BuildNode(Next(), depth + 1);
            if (key is not ScalarNode scalarKey)
            {
                _diagnostics.Add(key.Start, $"a key must be a single name, found {key.KindName}");
            }
            else if (seen.TryGetValue(scalarKey.Value, out var first))
            {
                _diagnostics.Add(scalarKey.ValueStart, $"duplicate key '{scalarKey.Value}'; it is already set at line {first.Start.Line}");
            }
            else
            {
                seen.Add(scalarKey.Value, scalarKey);
                entries.Add(new MappingEntry(scalarKey, value));
            }
        }
        if (flow)
        {
            _openFlowCollections.Pop();
        }
        return new MappingNode(entries, new SourcePosition(start.Start));
    }

    private ParsingEvent Next()
    {
        if (!_parser.MoveNext())
        {
            var at = new Mark(0, _lastGood.Line, _lastGood.Column);
            throw new YamlException(at, at, "unexpected end of the document");
        }
        var current = _parser.Current!;
        _lastGood = new SourcePosition(current.End);
        return current;
    }

    private void Next<T>()
        where T : ParsingEvent
    {
        var e = Next();
        if (e is not T)
        {
            throw new YamlException(e.Start, e.End, $"expected {typeof(T).Name}, found {e.GetType().Name}");
        }
    }
}
