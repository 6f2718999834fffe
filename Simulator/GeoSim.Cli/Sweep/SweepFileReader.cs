using System.Globalization;
using GeoSim.Scenario;
using GeoSim.Scenario.Files;
using GeoSim.Scenario.Limits;
using GeoSim.Scenario.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// Reads a sweep file into a <see cref="SweepFile"/>, collecting every problem with its line and
/// column; the scenario is not looked at yet (see <see cref="VariantBuilder"/>).
/// </summary>
internal sealed class SweepFileReader
{
    /// <summary>A bound on the grid so that a typo cannot ask for a billion runs.</summary>
    public const int MaxRuns = 100_000;

    private static readonly string[] Keys = ["scenario", "seeds", "vary", "set", "metrics"];

    private readonly string _path;
    private readonly List<ScenarioError> _errors = [];

    private SweepFileReader(string path) => _path = path;

    public static (SweepFile? File, IReadOnlyList<ScenarioError> Errors) Read(string path)
    {
        var reader = new SweepFileReader(path);
        var file = reader.ReadFile();
        return reader._errors.Count > 0 ? (null, reader._errors) : (file, []);
    }

    private SweepFile? ReadFile()
    {
        if (!File.Exists(path: _path))
        {
            Error(1, 1, "file not found");
            return null;
        }
        if (!BoundedFile.TryReadText(_path, _path, ScenarioLimits.MaxScenarioFileBytes, out var text, out var problem))
        {
            Error(1, 1, problem);
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            Error((int)e.Start.Line, (int)e.Start.Column, e.Message);
            return null;
        }
        catch (ArgumentException e)
        {
            // YamlDotNet's representation model reports a duplicate key this way, without a position.
            Error(1, 1, e.Message);
            return null;
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(1, 1, "a sweep file is one mapping: scenario:, seeds:, vary: and optionally set: and metrics:");
            return null;
        }
        return ReadRoot(root);
    }

    private SweepFile? ReadRoot(YamlMappingNode root)
    {
        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>().Where(k => !Keys.Contains(k.Value)))
        {
            var hint = Suggestions.Closest(key.Value ?? "", Keys) is { } close ? $"did you mean '{close}'?" : $"expected one of {string.Join(", ", Keys)}";
            Error(key, $"unknown key '{key.Value}'; {hint}");
        }
        var scenario = Scalar(root, "scenario", required: true);
        var seeds = ReadSeeds(root);
        var vary = ReadAxes(root, "vary", single: false);
        var set = ReadAxes(root, "set", single: true);
        var metrics = Child(root, "metrics") is { } m ? ScalarList(m, "metrics") : null;
        CheckDuplicatePaths(vary.Concat(set));
        if (_errors.Count > 0 || scenario is null)
        {
            return null;
        }
        var runs = vary.Aggregate((long)seeds.Count, (n, axis) => n * axis.Values.Count);
        if (runs > MaxRuns)
        {
            Error(root, $"the grid has {runs:N0} runs; at most {MaxRuns:N0} fit in one sweep (fewer seeds or values, or several sweeps)");
            return null;
        }
        var name = Path.GetFileNameWithoutExtension(_path);
        return new SweepFile(_path, name, scenario, seeds, vary, set, metrics);
    }

    private List<long> ReadSeeds(YamlMappingNode root)
    {
        var node = Child(root, "seeds");
        if (node is null)
        {
            Error(root, "missing key 'seeds': a count (seeds: 20 runs seeds 1 to 20) or a list of seeds");
            return [];
        }
        if (node is YamlScalarNode count)
        {
            if (!int.TryParse(count.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxRuns)
            {
                Error(count, $"seeds: {count.Value}: expected a whole number from 1 to {MaxRuns}, or a list of seeds");
                return [];
            }
            return [.. Enumerable.Range(1, n).Select(i => (long)i)];
        }
        var seeds = new List<long>();
        foreach (var item in ScalarList(node, "seeds"))
        {
            if (!long.TryParse(item.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
            {
                Error(item, $"seeds: {item.Text}: expected a whole number");
            }
            else if (seeds.Contains(seed))
            {
                Error(item, $"seed {seed} is listed twice");
            }
            else
            {
                seeds.Add(seed);
            }
        }
        if (seeds.Count == 0 && _errors.Count == 0)
        {
            Error(node, "seeds: the list is empty");
        }
        return seeds;
    }

    private List<SweepAxis> ReadAxes(YamlMappingNode root, string key, bool single)
    {
        if (Child(root, key) is not { } node)
        {
            return [];
        }
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"{key}: expected a mapping of scenario paths to {(single ? "a value" : "lists of values")}, e.g. network.default.latency: {(single ? "50ms" : "[20ms, 50ms]")}");
            return [];
        }
        var axes = new List<SweepAxis>();
        foreach (var (k, v) in mapping.Children)
        {
            if (k is not YamlScalarNode pathNode)
            {
                Error(k, $"{key}: a key must be a scenario path such as workload.clients[0].rate");
                continue;
            }
            var path = Text(pathNode);
            var values = single ? (v is YamlScalarNode one ? [Text(one)] : NotOne(v, path.Text)) : ScalarList(v, path.Text);
            if (!single && values.Count == 0 && v is YamlSequenceNode)
            {
                Error(v, $"{path.Text}: the list of values is empty");
            }
            if (single && path.Text == SweepAxis.StrategiesPath)
            {
                Error(pathNode, "set: strategies: to run one strategy, list it under vary: (strategies: [label])");
            }
            CheckDuplicateValues(path.Text, values);
            axes.Add(new SweepAxis(path, values));
        }
        return axes;
    }

    private List<SweepText> NotOne(YamlNode node, string path)
    {
        Error(node, $"{path}: set: takes one value; to try several, put the path under vary:");
        return [];
    }

    private List<SweepText> ScalarList(YamlNode node, string what)
    {
        if (node is not YamlSequenceNode list)
        {
            Error(node, $"{what}: expected a list, e.g. [a, b]");
            return [];
        }
        var items = new List<SweepText>();
        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode scalar)
            {
                items.Add(Text(scalar));
            }
            else
            {
                Error(item, $"{what}: each value must be a single value (a mapping or list cannot be swept; vary the paths inside it)");
            }
        }
        return items;
    }

    private void CheckDuplicateValues(string path, IReadOnlyList<SweepText> values)
    {
        foreach (var twice in values.GroupBy(v => v.Text).Where(g => g.Count() > 1))
        {
            Error(twice.ElementAt(1), $"{path}: value '{twice.Key}' is listed twice");
        }
    }

    private void CheckDuplicatePaths(IEnumerable<SweepAxis> axes)
    {
        foreach (var twice in axes.GroupBy(a => a.Path.Text).Where(g => g.Count() > 1))
        {
            Error(twice.ElementAt(1).Path, $"path '{twice.Key}' is given twice (under vary: and set:, or twice in one)");
        }
    }

    private SweepText? Scalar(YamlMappingNode root, string key, bool required)
    {
        switch (Child(root, key))
        {
            case YamlScalarNode { Value.Length: > 0 } scalar:
                return Text(scalar);
            case null when !required:
                return null;
            case null:
                Error(root, $"missing key '{key}'");
                return null;
            case var other:
                Error(other, $"{key}: expected a single value");
                return null;
        }
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static SweepText Text(YamlScalarNode node) =>
        new(node.Value ?? "", (int)node.Start.Line, (int)node.Start.Column, node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted);

    private void Error(YamlNode node, string message) => Error((int)node.Start.Line, (int)node.Start.Column, message);

    private void Error(SweepText at, string message)
    {
        var (line, column) = at.At(0);
        Error(line, column, message);
    }

    private void Error(int line, int column, string message) => _errors.Add(new ScenarioError(_path, line, column, message));
}
