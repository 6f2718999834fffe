using System.Globalization;
using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Expressions;
using GeoSim.Scenario.Limits;
using GeoSim.Scenario.Units;

namespace GeoSim.Scenario.Yaml;

/// <summary>
/// Turns YAML nodes into typed values. Each method reports what is wrong at the node and returns
/// null, so the caller goes on and more errors can be found in the same pass.
/// </summary>
internal sealed class ValueReader(Diagnostics diagnostics, string baseDirectory)
{
    public ScalarNode? Scalar(Node node, string key)
    {
        if (node is ScalarNode { IsNull: false } scalar)
        {
            return scalar;
        }
        Expected(node, key, "a single value");
        return null;
    }

    public MappingNode? Mapping(Node node, string key)
    {
        if (node is MappingNode mapping)
        {
            return mapping;
        }
        Expected(node, key, "a mapping (key: value lines)");
        return null;
    }

    /// <summary>A list with at least one item.</summary>
    public SequenceNode? Sequence(Node node, string key)
    {
        if (node is SequenceNode { Items.Count: > 0 } sequence)
        {
            return sequence;
        }
        Expected(node, key, "a list with at least one item");
        return null;
    }

    public string? Text(Node node, string key) => Scalar(node, key)?.Value;

    public long? Integer(Node node, string key, long min, long max)
    {
        if (Scalar(node, key) is not { } scalar)
        {
            return null;
        }
        if (!long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Report(scalar, $"{key} must be a whole number, found '{scalar.Value}'");
            return null;
        }
        if (value < min || value > max)
        {
            Report(scalar, max == long.MaxValue ? $"{key} must be at least {min}, found {value}" : $"{key} must be between {min} and {max}, found {value}");
            return null;
        }
        return value;
    }

    public bool? Boolean(Node node, string key)
    {
        if (Scalar(node, key) is not { } scalar)
        {
            return null;
        }
        if (scalar.Value is not ("true" or "True" or "TRUE" or "false" or "False" or "FALSE"))
        {
            Report(scalar, $"{key} must be true or false, found '{scalar.Value}'");
            return null;
        }
        return scalar.Value.Equals("true", StringComparison.OrdinalIgnoreCase);
    }

    public SimDuration? Duration(Node node, string key) =>
        Parse(node, key, (string text, out SimDuration value, out string error) => DurationParser.TryParse(text, out value, out error));

    /// <summary>A time from the start of the run (a fault's or caption's <c>at</c>) that falls inside the run.</summary>
    /// <param name="duration">The run's duration; null when it is invalid (already reported).</param>
    public SimDuration? TimeInRun(Node node, string key, SimDuration? duration)
    {
        var at = Duration(node, key);
        if (at >= duration)
        {
            Report((ScalarNode)node, $"{key} ({DurationParser.Format(at.Value)}) must be before the end of the run (duration {DurationParser.Format(duration!.Value)})");
            return null;
        }
        return at;
    }

    /// <summary>A duration that may be negative, such as a clock jump (<c>by: -2s</c>).</summary>
    public SimDuration? SignedDuration(Node node, string key) =>
        Parse(node, key, (string text, out SimDuration value, out string error) => DurationParser.TryParseSigned(text, out value, out error));

    public SimDuration? PositiveDuration(Node node, string key)
    {
        var duration = Duration(node, key);
        if (duration == SimDuration.Zero)
        {
            Report((ScalarNode)node, $"{key} must be > 0");
            return null;
        }
        return duration;
    }

    /// <summary>A rate &gt; 0, per second.</summary>
    public double? Rate(Node node, string key)
    {
        var rate = Parse(node, key, (string text, out double value, out string error) => RateParser.TryParse(text, out value, out error));
        if (rate <= 0)
        {
            Report((ScalarNode)node, $"{key} must be > 0");
            return null;
        }
        // The mean gap between events must itself be a duration the run can hold.
        if (rate * ScenarioLimits.MaxDuration.TotalSeconds < 1)
        {
            Report((ScalarNode)node, $"{key} must be at least one per {DurationParser.Format(ScenarioLimits.MaxDuration)}");
            return null;
        }
        return rate;
    }

    public long? Size(Node node, string key) =>
        Parse(node, key, (string text, out long value, out string error) => SizeParser.TryParse(text, out value, out error));

    public double? Bandwidth(Node node, string key) =>
        Parse(node, key, (string text, out double value, out string error) => BandwidthParser.TryParse(text, out value, out error));

    public double? Probability(Node node, string key)
    {
        if (Scalar(node, key) is not { } scalar)
        {
            return null;
        }
        if (!ProbabilityParser.TryParse(scalar.Value, out var probability, out _))
        {
            Report(scalar, $"{key} must be between 0 and 1 (e.g. 0.9 or 90%), found {scalar.Value}");
            return null;
        }
        return probability;
    }

    /// <summary>A distribution of durations whose 99.99th percentile fits in <see cref="ScenarioLimits.MaxDuration"/>.</summary>
    public Distribution? Distribution(Node node, string key) =>
        WithinLimits(node, key, Expression(node, key, text => DistributionParser.Parse(text, baseDirectory)), signed: false);

    /// <summary>
    /// A distribution of durations whose tail may pass <see cref="ScenarioLimits.MaxDuration"/>: a
    /// key's age only picks its storage tier, every tier boundary is within that limit, and a draw
    /// clamped to it still falls beyond every boundary.
    /// </summary>
    public Distribution? AgeDistribution(Node node, string key) => Expression(node, key, text => DistributionParser.Parse(text, baseDirectory));

    /// <summary>A distribution whose constants and means may be negative: a clock offset.</summary>
    public Distribution? SignedDistribution(Node node, string key) =>
        WithinLimits(node, key, Expression(node, key, text => DistributionParser.ParseSigned(text, baseDirectory)), signed: true);

    private Distribution? WithinLimits(Node node, string key, Distribution? distribution, bool signed)
    {
        if (distribution is null)
        {
            return null;
        }
        var max = (double)ScenarioLimits.MaxDuration.Nanos;
        var high = DistributionTail.High(distribution);
        var low = signed ? DistributionTail.Low(distribution) : 0;
        if (high <= max && low >= -max)
        {
            return distribution;
        }
        var (tail, value) = high > max || double.IsNaN(high) ? ("99.99th", high) : ("0.01th", low);
        Report((ScalarNode)node, $"{key}: the {tail} percentile of this distribution is {Approximate.Duration(value)}; " +
            $"draws must stay within {DurationParser.Format(ScenarioLimits.MaxDuration)} (a rarer draw beyond it is clamped to it): lower the spread or the scale");
        return null;
    }

    /// <summary>A clock drift in ppm, within the bounds of the clock model.</summary>
    public double? Drift(Node node, string key) =>
        Parse(node, key, (string text, out double value, out string error) => DriftParser.TryParse(text, out value, out error));

    public KeyDistributionSpec? KeyDistribution(Node node, string key) => Expression(node, key, KeyDistributionParser.Parse);

    /// <summary>One of a closed set of names; documented names the model lacks get "not supported yet".</summary>
    /// <param name="what">Names the setting in messages, e.g. "consistency" or "strategy type".</param>
    public T? Choice<T>(Node node, string what, IReadOnlyDictionary<string, T> choices, IReadOnlyList<string> notSupportedYet)
        where T : struct
    {
        if (Scalar(node, what) is not { } scalar)
        {
            return null;
        }
        if (choices.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }
        Report(scalar, notSupportedYet.Contains(scalar.Value)
            ? $"{what} '{scalar.Value}' is not supported yet"
            : $"unknown {what} '{scalar.Value}'{Suggestions.Hint(scalar.Value, [.. choices.Keys, .. notSupportedYet])}");
        return null;
    }

    /// <summary>The name of a region of the scenario (with a suggestion when it is not one).</summary>
    public string? Region(Node node, string key, IReadOnlyList<string> regions)
    {
        if (Scalar(node, key) is not { } scalar)
        {
            return null;
        }
        // With no valid regions the missing `regions` is already reported; every name would fail here.
        if (regions.Count > 0 && !regions.Contains(scalar.Value))
        {
            Report(scalar, $"unknown region '{scalar.Value}'{Suggestions.Hint(scalar.Value, regions)}");
            return null;
        }
        return scalar.Value;
    }

    public void Report(ScalarNode scalar, string message) => diagnostics.Add(scalar.ValueStart, message);

    private void Expected(Node node, string key, string expected)
    {
        var found = node switch
        {
            ScalarNode { IsNull: true } => "nothing",
            ScalarNode scalar => $"'{scalar.Value}'",
            SequenceNode { Items.Count: 0 } => "an empty list",
            _ => node.KindName,
        };
        diagnostics.Add(node is ScalarNode s ? s.ValueStart : node.Start, $"{key} expects {expected}, found {found}");
    }

    private delegate bool TryParser<T>(string text, out T value, out string error);

    private T? Parse<T>(Node node, string key, TryParser<T> parser)
        where T : struct
    {
        if (Scalar(node, key) is not { } scalar)
        {
            return null;
        }
        if (!parser(scalar.Value, out var value, out var error))
        {
            Report(scalar, error);
            return null;
        }
        return value;
    }

    private T? Expression<T>(Node node, string key, Func<string, ExpressionResult<T>> parse)
        where T : class
    {
        if (Scalar(node, key) is not { } scalar)
        {
            return null;
        }
        var result = parse(scalar.Value);
        foreach (var error in result.Errors)
        {
            diagnostics.Add(scalar.PositionAt(error.Offset), error.Message);
        }
        return result.Value;
    }
}
