using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections.Faults;

/// <summary>
/// Alternative ways of writing one part of a fault (<c>between</c>, or <c>from</c> with
/// <c>to</c>): exactly one of them must be used.
/// </summary>
internal static class ExclusiveForms
{
    /// <param name="forms">Each form as the keys that belong to it.</param>
    /// <returns>The index of the form used; null (reported) when none or several are used.</returns>
    public static int? Choose(FaultEntry fault, Diagnostics diagnostics, params string[][] forms)
    {
        int? chosen = null;
        var chosenKey = "";
        foreach (var entry in fault.Node.Entries)
        {
            var form = Array.FindIndex(forms, keys => keys.Contains(entry.Key.Value));
            if (form < 0 || form == chosen)
            {
                continue;
            }
            if (chosen is not null)
            {
                diagnostics.Add(entry.Key.ValueStart, $"'{entry.Key.Value}' cannot be used with '{chosenKey}': this {fault.Type} takes only one of {Describe(forms)}");
                return null;
            }
            chosen = form;
            chosenKey = entry.Key.Value;
        }
        if (chosen is null)
        {
            diagnostics.Add(fault.Node.Start, $"this {fault.Type} needs {Describe(forms)}");
        }
        return chosen;
    }

    // "'between', 'from' and 'to', or 'shape' and 'regions'"
    private static string Describe(string[][] forms)
    {
        var described = forms.Select(keys => string.Join(" and ", keys.Select(k => $"'{k}'"))).ToList();
        return described.Count == 2
            ? $"{described[0]} or {described[1]}"
            : $"{string.Join(", ", described.Take(described.Count - 1))}, or {described[^1]}";
    }
}
