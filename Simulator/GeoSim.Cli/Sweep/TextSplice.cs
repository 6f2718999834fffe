namespace GeoSim.Cli.Sweep;

/// <summary>Replaces the characters [Start, End) of the scenario text with a sweep value.</summary>
/// <param name="Source">The sweep file's value: where the loader's errors inside the replacement point.</param>
internal sealed record TextSplice(int Start, int End, SweepText Source)
{
    /// <summary>The value as YAML text: plain when that reads back as the same string, else double-quoted.</summary>
    public string Replacement => IsPlainSafe(Source.Text) ? Source.Text : Quote(Source.Text);

    /// <summary>Characters before the value's own text in <see cref="Replacement"/>: the opening quote, if any.</summary>
    public int Lead => IsPlainSafe(Source.Text) ? 0 : 1;

    // Conservative: plain only for unit values such as 20ms, 100/s, 1.5GB, sync; anything else is quoted.
    private static bool IsPlainSafe(string text) =>
        text.Length > 0 && char.IsAsciiLetterOrDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '/' or '_' or '-' or '+')
        && text is not ("null" or "Null" or "NULL");

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
