using GeoSim.Core.Spec;

namespace GeoSim.Cli.Commands;

/// <summary>The strategies a command was asked to run, picked by label from the scenario's list.</summary>
internal static class StrategySelection
{
    /// <summary>The strategies named in <paramref name="labels"/>, in the order named; all when null.</summary>
    public static bool TrySelect(ScenarioSpec spec, string? labels, string option, TextWriter error, out IReadOnlyList<StrategySpec> selected)
    {
        selected = spec.Strategies;
        if (labels is null)
        {
            return true;
        }
        var names = labels.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        var unknown = names.Where(n => spec.Strategies.All(s => s.Label != n)).ToList();
        if (names.Count == 0 || unknown.Count > 0)
        {
            var what = unknown.Count > 0 ? $"unknown strategy {string.Join(", ", unknown.Select(u => $"'{u}'"))}" : "no strategy named";
            error.WriteLine($"geosim: {option} {labels}: {what}; the scenario has: {string.Join(", ", spec.Strategies.Select(s => s.Label))}");
            return false;
        }
        selected = names.Select(n => spec.Strategies.First(s => s.Label == n)).ToList();
        return true;
    }
}
