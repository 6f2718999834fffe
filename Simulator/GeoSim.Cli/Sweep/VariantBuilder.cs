using GeoSim.Core.Spec;
using GeoSim.Scenario;
using GeoSim.Scenario.Files;
using GeoSim.Scenario.Limits;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// Expands a sweep file into its <see cref="SweepPlan"/>: finds the scenario, checks every path
/// against its YAML tree, puts each combination of values into the scenario text and loads the
/// result with the normal loader, so that every variant is validated like a scenario file before
/// anything runs. Problems come back together, positioned in the sweep file where they arise there.
/// </summary>
internal sealed class VariantBuilder(SweepFile sweep, string version)
{
    // A wrong value in one axis fails every variant using it: say it once per place, and stop at a screenful.
    public const int MaxErrors = 30;

    private readonly List<ScenarioError> _errors = [];
    private string? _scenarioPath;

    public (SweepPlan? Plan, IReadOnlyList<ScenarioError> Errors) Build()
    {
        var scenarioPath = ResolveScenario();
        if (scenarioPath is null || !TryLoadBase(scenarioPath, out var text, out var baseSpec))
        {
            return (null, Sorted());
        }
        var document = ScenarioDocument.Parse(text);
        var fixedSplices = sweep.Set.Select(a => Locate(document, a) is { } span ? new TextSplice(span.Start, span.End, a.Values[0]) : null).ToList();
        var axes = sweep.Vary.Select(a => (Axis: a, Span: a.IsStrategies ? null : Locate(document, a))).ToList();
        var strategyAxis = sweep.Vary.FirstOrDefault(a => a.IsStrategies);
        if (strategyAxis is null)
        {
            var labels = baseSpec.Strategies.Select(s => new SweepText(s.Label, sweep.Scenario.Line, sweep.Scenario.Column)).ToList();
            axes.Add((new SweepAxis(new SweepText(SweepAxis.StrategiesPath, 0, 0), labels), null));
        }
        else
        {
            CheckLabels(strategyAxis, baseSpec);
        }
        var metrics = sweep.Metrics is null ? null : MetricSelector.Parse(sweep.Metrics, sweep.FilePath, _errors);
        if (_errors.Count > 0)
        {
            return (null, Sorted());
        }
        var variants = Expand(text, fixedSplices!, axes);
        if (_errors.Count > 0)
        {
            return (null, Sorted());
        }
        var plan = new SweepPlan(sweep.Name, sweep.Scenario.Text, [.. axes.Select(a => a.Axis.Name)],
            [.. axes.Select(a => (IReadOnlyList<string>)[.. a.Axis.Values.Select(v => v.Text)])], sweep.Seeds, metrics, variants, []);
        var runs = variants.SelectMany(v => sweep.Seeds.Select(seed => (v, seed)))
            .Select((r, i) => new PlannedRun(i + 1, r.v, r.seed, RunKey.Of(version, r.v.Spec.Fingerprint, r.v.Strategy.Label, r.seed, plan.MetricsText)))
            .ToList();
        return (plan with { Runs = runs }, []);
    }

    private List<SweepVariant> Expand(string text, IReadOnlyList<TextSplice> fixedSplices, IReadOnlyList<(SweepAxis Axis, (int Start, int End)? Span)> axes)
    {
        var loaded = new Dictionary<string, ScenarioSpec?>(StringComparer.Ordinal);
        var variants = new List<SweepVariant>();
        foreach (var choice in Combinations(axes.Select(a => a.Axis.Values.Count).ToList()))
        {
            var values = choice.Select((c, i) => axes[i].Axis.Values[c]).ToList();
            var splices = fixedSplices.Concat(axes.Select((a, i) => a.Span is { } span ? new TextSplice(span.Start, span.End, values[i]) : null).OfType<TextSplice>());
            var spliced = new SplicedScenario(text, splices);
            var names = values.Select(v => v.Text).ToList();
            if (!loaded.TryGetValue(spliced.Text, out var spec))
            {
                spec = Load(spliced, string.Join(", ", axes.Select((a, i) => $"{a.Axis.Name}={names[i]}").Where((_, i) => axes[i].Span is not null)));
                loaded[spliced.Text] = spec;
            }
            if (spec is null)
            {
                continue;
            }
            var label = names[axes.ToList().FindIndex(a => a.Axis.IsStrategies)];
            var strategy = spec.Strategies.FirstOrDefault(s => s.Label == label);
            if (strategy is null)
            {
                Error(sweep.Scenario, $"a variant has no strategy labelled '{label}' (its strategies: {string.Join(", ", spec.Strategies.Select(s => s.Label))})");
                continue;
            }
            variants.Add(new SweepVariant(variants.Count + 1, names, spec, strategy));
        }
        return variants;
    }

    private ScenarioSpec? Load(SplicedScenario spliced, string variant)
    {
        var result = ScenarioLoader.Load(spliced.Text, _scenarioPath!);
        foreach (var e in result.Errors)
        {
            _errors.Add(spliced.Map(e, sweep.FilePath, variant));
        }
        return result.Ok ? result.Scenario : null;
    }

    /// <summary>Every choice of one index per axis, the first axis outermost and the last fastest.</summary>
    private static IEnumerable<int[]> Combinations(IReadOnlyList<int> sizes)
    {
        var choice = new int[sizes.Count];
        while (true)
        {
            yield return (int[])choice.Clone();
            var axis = sizes.Count - 1;
            while (axis >= 0 && ++choice[axis] == sizes[axis])
            {
                choice[axis] = 0;
                axis--;
            }
            if (axis < 0)
            {
                yield break;
            }
        }
    }

    private string? ResolveScenario()
    {
        var folder = Path.GetDirectoryName(sweep.FilePath) is { Length: > 0 } d ? d : ".";
        var relative = Path.Combine(folder, sweep.Scenario.Text);
        var shipped = ShippedScenarios.Resolve(sweep.Scenario.Text);
        _scenarioPath = File.Exists(relative) ? relative : ShippedScenarios.Problem(sweep.Scenario.Text) is null ? shipped : null;
        if (_scenarioPath is null)
        {
            var hint = Suggestions.Closest(sweep.Scenario.Text, ShippedScenarios.Names()) is { } close ? $"; did you mean '{close}'?" : "; 'geosim list' shows the shipped scenarios";
            Error(sweep.Scenario, $"scenario: {sweep.Scenario.Text}: no such file beside the sweep file, and no shipped scenario of that name{hint}");
        }
        return _scenarioPath;
    }

    private bool TryLoadBase(string path, out string text, out ScenarioSpec spec)
    {
        spec = null!;
        if (!BoundedFile.TryReadText(path, path, ScenarioLimits.MaxScenarioFileBytes, out text, out var problem))
        {
            Error(sweep.Scenario, $"scenario: {problem}");
            return false;
        }
        var loaded = ScenarioLoader.Load(text, path);
        _errors.AddRange(loaded.Errors);
        spec = loaded.Scenario!;
        return loaded.Ok;
    }

    private (int Start, int End)? Locate(ScenarioDocument document, SweepAxis axis)
    {
        var segments = ScenarioPath.Parse(axis.Path.Text, out var error, out var offset);
        var span = segments is null ? null : document.Find(segments, out error, out offset);
        if (span is null)
        {
            Error(axis.Path, $"{axis.Path.Text}: {error}", offset);
        }
        return span;
    }

    private void CheckLabels(SweepAxis axis, ScenarioSpec spec)
    {
        var labels = spec.Strategies.Select(s => s.Label).ToList();
        foreach (var value in axis.Values.Where(v => !labels.Contains(v.Text)))
        {
            var hint = Suggestions.Closest(value.Text, labels) is { } close ? $"did you mean '{close}'? " : "";
            Error(value, $"strategies: the scenario has no strategy labelled '{value.Text}'; {hint}it has: {string.Join(", ", labels)}");
        }
    }

    /// <summary>The errors once each, the sweep file's first in file order, then the scenario's.</summary>
    private IReadOnlyList<ScenarioError> Sorted()
    {
        var all = _errors.DistinctBy(e => (e.File, e.Line, e.Column, e.Message))
            .OrderBy(e => e.File != sweep.FilePath).ThenBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)
            .ToList();
        // A bad value fails every variant it is in, with the same message at the same place.
        all = [.. all.Where(e => e.File != sweep.FilePath).Concat(all.Where(e => e.File == sweep.FilePath).DistinctBy(e => (e.Line, e.Column))).OrderBy(all.IndexOf)];
        return all.Count <= MaxErrors ? all : [.. all.Take(MaxErrors), new ScenarioError(sweep.FilePath, 1, 1, $"and {all.Count - MaxErrors} more errors in other variants")];
    }

    private void Error(SweepText at, string message, int offset = 0)
    {
        var (line, column) = at.At(offset);
        _errors.Add(new ScenarioError(sweep.FilePath, line, column, message));
    }
}
