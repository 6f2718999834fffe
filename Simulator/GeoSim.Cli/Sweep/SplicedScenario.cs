using GeoSim.Scenario;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// A scenario's text with sweep values put in place of some of its values, and the way back from
/// a position in the new text: inside a replaced value to the sweep file, elsewhere to the scenario.
/// </summary>
internal sealed class SplicedScenario
{
    private readonly string _original;
    private readonly List<(int NewStart, int NewEnd, int Delta, TextSplice Splice)> _placed = [];

    /// <param name="splices">Non-overlapping, in any order.</param>
    public SplicedScenario(string original, IEnumerable<TextSplice> splices)
    {
        _original = original;
        var text = new System.Text.StringBuilder(original.Length + 64);
        var at = 0;
        var delta = 0;
        foreach (var splice in splices.OrderBy(s => s.Start))
        {
            text.Append(original, at, splice.Start - at);
            var replacement = splice.Replacement;
            _placed.Add((splice.Start + delta, splice.Start + delta + replacement.Length, delta, splice));
            text.Append(replacement);
            delta += replacement.Length - (splice.End - splice.Start);
            at = splice.End;
        }
        text.Append(original, at, original.Length - at);
        Text = text.ToString();
    }

    public string Text { get; }

    /// <summary>
    /// Where a loader error in <see cref="Text"/> belongs: a replaced value's error points at the
    /// value in the sweep file; any other keeps the scenario file and its original position.
    /// </summary>
    public ScenarioError Map(ScenarioError error, string sweepFile, string variant)
    {
        var index = IndexOf(Text, error.Line, error.Column);
        foreach (var (start, end, _, splice) in _placed)
        {
            if (index >= start && index < end)
            {
                var (line, column) = splice.Source.At(Math.Clamp(index - start - splice.Lead, 0, splice.Source.Text.Length));
                return new ScenarioError(sweepFile, line, column, error.Message);
            }
        }
        var before = _placed.LastOrDefault(p => p.NewEnd <= index);
        var shift = before.Splice is null ? 0 : before.Delta + before.Splice.Replacement.Length - (before.Splice.End - before.Splice.Start);
        var (oldLine, oldColumn) = PositionOf(_original, index - shift);
        return error with { Line = oldLine, Column = oldColumn, Message = $"{error.Message} (in the sweep's variant {variant})" };
    }

    private static int IndexOf(string text, int line, int column)
    {
        var index = 0;
        for (var l = 1; l < line && index < text.Length; l++)
        {
            var next = text.IndexOf('\n', index);
            index = next < 0 ? text.Length : next + 1;
        }
        return Math.Min(index + column - 1, text.Length);
    }

    private static (int Line, int Column) PositionOf(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        var lineStart = text.LastIndexOf('\n', Math.Max(index - 1, 0)) is var nl && nl >= 0 && nl < index ? nl + 1 : 0;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        return (line, index - lineStart + 1);
    }
}
