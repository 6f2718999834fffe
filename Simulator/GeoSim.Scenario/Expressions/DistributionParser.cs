using GeoSim.Core.Distributions;
using GeoSim.Scenario.Units;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Expressions;

/// <summary>
/// The distribution mini-language (SCENARIO-FORMAT.md "Units"), by recursive descent:
/// <code>
/// sum  := term ('+' term)*
/// term := duration | name '(' arguments ')'
/// </code>
/// Durations become nanoseconds. A syntax error stops the parse; value errors are collected.
/// </summary>
internal sealed class DistributionParser
{
    // Only mixtures nest; real scenarios use one or two levels.
    private const int MaxMixtureDepth = 8;

    private static readonly string[] Names = ["constant", "uniform", "normal", "lognormal", "exponential", "pareto", "mixture", "empirical"];

    private static readonly Dictionary<string, string> Usages = new(StringComparer.Ordinal)
    {
        ["constant"] = "constant(40ms)",
        ["uniform"] = "uniform(min=10ms, max=20ms)",
        ["normal"] = "normal(mean=40ms, stddev=2ms)",
        ["lognormal"] = "lognormal(median=80ms, sigma=0.3)",
        ["exponential"] = "exponential(mean=5ms)",
        ["pareto"] = "pareto(scale=10ms, shape=2.5)",
        ["mixture"] = "mixture(0.9: 40ms, 0.1: exponential(mean=5ms))",
        ["empirical"] = "empirical(file=latency-samples.csv)",
    };

    private readonly TokenCursor _cursor;
    private readonly string _baseDirectory;
    private readonly List<ExpressionError> _errors = [];
    private readonly ValueTokens _values;
    private int _mixtureDepth;

    private DistributionParser(string text, string baseDirectory, bool signedDurations)
    {
        _cursor = new TokenCursor(ExpressionLexer.Tokenize(text));
        _baseDirectory = baseDirectory;
        _values = new ValueTokens(_errors, signedDurations);
    }

    /// <param name="baseDirectory">Where <c>empirical(file=...)</c> paths are resolved from.</param>
    public static ExpressionResult<Distribution> Parse(string text, string baseDirectory) => Parse(text, baseDirectory, signedDurations: false);

    /// <summary>
    /// Like <see cref="Parse(string, string)"/>, but constants, means and bounds may be negative
    /// (<c>-250ms</c>, <c>normal(mean=-1ms, stddev=1ms)</c>): for clock offsets.
    /// </summary>
    public static ExpressionResult<Distribution> ParseSigned(string text, string baseDirectory) => Parse(text, baseDirectory, signedDurations: true);

    private static ExpressionResult<Distribution> Parse(string text, string baseDirectory, bool signedDurations)
    {
        var parser = new DistributionParser(text, baseDirectory, signedDurations);
        try
        {
            var distribution = parser.ParseSum();
            parser._cursor.ExpectEnd();
            return parser._errors.Count == 0 ? new(distribution, []) : new(null, parser._errors);
        }
        catch (ExpressionSyntaxException e)
        {
            parser._errors.Add(new ExpressionError(e.Offset, e.Message));
            return new(null, parser._errors);
        }
    }

    private Distribution ParseSum()
    {
        var terms = new List<Distribution> { ParseTerm() };
        while (_cursor.TryTake(TokenKind.Plus))
        {
            terms.Add(ParseTerm());
        }
        return terms.Count == 1 ? terms[0] : new SumDistribution(terms);
    }

    private Distribution ParseTerm()
    {
        var word = _cursor.Expect(TokenKind.Word, "a duration (e.g. 40ms) or a distribution (e.g. lognormal(median=80ms, sigma=0.3))");
        if (_cursor.Peek.Kind == TokenKind.LeftParen)
        {
            return ParseCall(word);
        }
        if (Usages.TryGetValue(word.Text, out var usage))
        {
            _errors.Add(new ExpressionError(word.Offset, $"{word.Text} needs arguments, e.g. {usage}"));
            return Placeholder;
        }
        return new ConstantDistribution(_values.Duration(word) ?? 0);
    }

    // Stands in for a part with an error; the scenario is rejected, so its value never matters.
    private static ConstantDistribution Placeholder => new(0);

    private Distribution ParseCall(ExpressionToken name)
    {
        switch (name.Text)
        {
            case "constant":
                _cursor.Expect(TokenKind.LeftParen, "'('");
                var value = _cursor.Expect(TokenKind.Word, "a duration, e.g. constant(40ms)");
                _cursor.Expect(TokenKind.RightParen, "')'");
                return new ConstantDistribution(_values.Duration(value) ?? 0);
            case "uniform":
                return ParseUniform(name);
            case "normal":
                var normal = Arguments(name, ["mean", "stddev"]);
                return new NormalDistribution(_values.Duration(normal["mean"]) ?? 0, _values.PositiveDuration(normal["stddev"], "normal", "stddev") ?? 0);
            case "lognormal":
                var lognormal = Arguments(name, ["median", "sigma"]);
                return new LogNormalDistribution(
                    _values.PositiveDuration(lognormal["median"], "lognormal", "median") ?? 0,
                    _values.PositiveNumber(lognormal["sigma"], "lognormal", "sigma") ?? 0);
            case "exponential":
                var exponential = Arguments(name, ["mean"]);
                return new ExponentialDistribution(_values.PositiveDuration(exponential["mean"], "exponential", "mean") ?? 0);
            case "pareto":
                var pareto = Arguments(name, ["scale", "shape"]);
                return new ParetoDistribution(
                    _values.PositiveDuration(pareto["scale"], "pareto", "scale") ?? 0,
                    _values.PositiveNumber(pareto["shape"], "pareto", "shape") ?? 0);
            case "mixture":
                return ParseMixture(name);
            case "empirical":
                return ParseEmpirical(name);
            default:
                var hint = Suggestions.Closest(name.Text, Names) is { } close ? $"; did you mean '{close}'?" : "";
                throw new ExpressionSyntaxException(name.Offset, $"unknown distribution '{name.Text}'; expected one of {string.Join(", ", Names)}{hint}");
        }
    }

    private NamedArguments Arguments(ExpressionToken name, IReadOnlyList<string> required, IReadOnlyList<string>? optional = null) =>
        NamedArguments.Parse(_cursor, name, [.. required, .. optional ?? []], required, Usages[name.Text], _errors);

    private Distribution ParseUniform(ExpressionToken name)
    {
        var arguments = Arguments(name, ["min", "max"]);
        var min = _values.Duration(arguments["min"]);
        var max = _values.Duration(arguments["max"]);
        if (min > max)
        {
            _errors.Add(new ExpressionError(arguments["min"]!.Offset, $"uniform: min ({arguments["min"]!.Text}) is greater than max ({arguments["max"]!.Text})"));
        }
        return new UniformDistribution(min ?? 0, max ?? 0);
    }

    private Distribution ParseMixture(ExpressionToken name)
    {
        _cursor.Expect(TokenKind.LeftParen, "'('");
        if (++_mixtureDepth > MaxMixtureDepth)
        {
            throw new ExpressionSyntaxException(name.Offset, $"mixtures are nested more than {MaxMixtureDepth} deep");
        }
        var components = new List<WeightedDistribution>();
        do
        {
            var weight = _cursor.Expect(TokenKind.Word, "a weight, e.g. 0.9 or 90%");
            _cursor.Expect(TokenKind.Colon, $"':' after the weight {weight.Text}");
            var component = ParseSum();
            components.Add(new WeightedDistribution(_values.Probability(weight) ?? 0, component));
        }
        while (_cursor.TryTake(TokenKind.Comma));
        _cursor.Expect(TokenKind.RightParen, "',' or ')'");
        _mixtureDepth--;

        var total = components.Sum(c => c.Weight);
        if (Math.Abs(total - 1) > 1e-9)
        {
            _errors.Add(new ExpressionError(name.Offset, $"mixture weights add up to {total:0.######}; they must add up to 1"));
        }
        return new MixtureDistribution(components);
    }

    private Distribution ParseEmpirical(ExpressionToken name)
    {
        var arguments = Arguments(name, ["file"], ["unit"]);
        var unit = arguments["unit"];
        if (unit is not null && !DurationParser.Units.Contains(unit.Text))
        {
            _errors.Add(new ExpressionError(unit.Offset, $"unknown unit '{unit.Text}'{Suggestions.Hint(unit.Text, DurationParser.Units)}"));
            return Placeholder;
        }
        if (arguments["file"] is not { } file)
        {
            return Placeholder;
        }
        if (SamplePath(file.Text) is not { } path)
        {
            _errors.Add(new ExpressionError(file.Offset,
                $"file={file.Text} leaves the scenario's folder; put the file in that folder (or below it), or give an absolute path"));
            return Placeholder;
        }
        if (!EmpiricalSamples.TryLoad(path, file.Text, unit?.Text, out var values, out var error))
        {
            _errors.Add(new ExpressionError(file.Offset, error));
            return Placeholder;
        }
        return new EmpiricalDistribution(values);
    }

    /// <summary>
    /// A relative <c>file=</c> is resolved from the scenario's folder and must stay inside it, so a
    /// scenario from elsewhere cannot reach into the folders around it; an absolute path is taken
    /// as written. Null when a relative path leaves the folder.
    /// </summary>
    private string? SamplePath(string file)
    {
        if (Path.IsPathRooted(file))
        {
            return file;
        }
        var folder = Path.GetFullPath(_baseDirectory);
        var path = Path.GetFullPath(Path.Combine(folder, file));
        var inside = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(inside, StringComparison.Ordinal) ? path : null;
    }
}
