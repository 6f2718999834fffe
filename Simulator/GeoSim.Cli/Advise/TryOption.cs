using GeoSim.Cli.Sweep;

namespace GeoSim.Cli.Advise;

/// <summary>
/// Reads the <c>--try KEY=V1,V2,...</c> options into sweep axes. <c>strategy</c> (or
/// <c>strategies</c>) chooses among the labels of the scenario's <c>strategies:</c> list; a key
/// without a dot is a knob of the scenario's single <c>strategy:</c> (<c>replication</c> is
/// <c>strategy.replication</c>); any other key is a path as in a sweep's <c>vary:</c>
/// (<c>network.default.latency</c>, <c>strategies[1].acks</c>). Positions are kept so that a
/// value the scenario rejects is shown in its option: line N is the N-th <c>--try</c>, the column
/// is within it.
/// </summary>
internal static class TryOption
{
    /// <summary>The "file" the positions of <c>--try</c> values refer to.</summary>
    public const string Source = "--try";

    public static IReadOnlyList<SweepAxis>? Parse(IReadOnlyList<string> options, out string? problem)
    {
        var axes = new List<SweepAxis>();
        for (var n = 0; n < options.Count; n++)
        {
            var text = options[n];
            var equals = text.IndexOf('=');
            var key = equals < 0 ? "" : text[..equals].Trim();
            if (key.Length == 0 || equals == text.Length - 1)
            {
                problem = $"--try {text}: expected KEY=VALUE,VALUE,... e.g. replication=async,semi-sync,sync";
                return null;
            }
            var path = key is SweepAxis.StrategiesPath or SweepAxis.StrategyColumn ? SweepAxis.StrategiesPath
                : key.Contains('.') || key.Contains('[') ? key : $"strategy.{key}";
            var values = new List<SweepText>();
            var column = equals + 2;
            foreach (var part in text[(equals + 1)..].Split(','))
            {
                var value = part.Trim();
                if (value.Length == 0)
                {
                    problem = $"--try {text}: an empty value at column {column}";
                    return null;
                }
                if (values.Any(v => v.Text == value))
                {
                    problem = $"--try {text}: value '{value}' is listed twice";
                    return null;
                }
                values.Add(new SweepText(value, n + 1, column + part.Length - part.TrimStart().Length));
                column += part.Length + 1;
            }
            if (axes.Any(a => a.Path.Text == path))
            {
                problem = $"--try {text}: {path} is tried twice; list all its values in one --try";
                return null;
            }
            axes.Add(new SweepAxis(new SweepText(path, n + 1, 1), values));
        }
        problem = null;
        return axes;
    }
}
