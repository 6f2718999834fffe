using GeoSim.Scenario.Files;
using GeoSim.Scenario.Limits;
using GeoSim.Scenario.Units;

namespace GeoSim.Scenario.Expressions;

/// <summary>
/// The file of <c>empirical(file=...)</c>: one duration per line (blank lines and <c>#</c>
/// comments skipped); bare numbers are allowed when the call gives <c>unit=</c>. The file must be
/// a regular file of at most <see cref="ScenarioLimits.MaxSampleFileBytes"/>; messages give line
/// numbers, never the file's content (it may be any file the user can read).
/// </summary>
internal static class EmpiricalSamples
{
    // A limit on everything: a sample file is a measurement, not a data set.
    private const int MaxSamples = 1_000_000;

    /// <param name="displayName">The file as the scenario names it, for messages.</param>
    /// <param name="unit">The <c>unit=</c> argument, if given (already checked to be a duration unit).</param>
    public static bool TryLoad(string path, string displayName, string? unit, out IReadOnlyList<double> values, out string error)
    {
        values = [];
        if (!BoundedFile.TryReadText(path, displayName, ScenarioLimits.MaxSampleFileBytes, out var text, out error))
        {
            error = "sample file " + error;
            return false;
        }
        var lines = text.Split('\n');
        var samples = new List<double>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (!TryParseSample(line, unit, out var nanos, out var lineError))
            {
                error = $"{displayName} line {i + 1}: {lineError}";
                return false;
            }
            if (samples.Count == MaxSamples)
            {
                error = $"{displayName} has more than {MaxSamples} samples";
                return false;
            }
            samples.Add((double)nanos);
        }
        if (samples.Count == 0)
        {
            error = $"sample file '{displayName}' has no values";
            return false;
        }
        values = samples;
        return true;
    }

    private static bool TryParseSample(string line, string? unit, out decimal nanos, out string error)
    {
        var isBareNumber = NumberWithUnit.TryParseNumber(line, out _);
        error = "";
        if (DurationParser.TryParseNanos(isBareNumber && unit is not null ? line + unit : line, out nanos, out _))
        {
            return true;
        }
        var limit = DurationParser.Format(ScenarioLimits.MaxDuration);
        error = isBareNumber && unit is null
            ? "a bare number; give the unit of the file: empirical(file=..., unit=ms)"
            : $"expected one duration between 0 and {limit} per line, e.g. 40ms" + (unit is null ? "" : $" or a number of {unit}");
        return false;
    }
}
