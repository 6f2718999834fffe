namespace GeoSim.Scenario.Sections;

/// <summary>A CSV table embedded under Presets/: its rows after the header, split on commas; lines starting with # say where the data comes from.</summary>
internal static class PresetTable
{
    public static List<string[]> Rows(string resourceName)
    {
        using var stream = typeof(PresetTable).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded resource {resourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        var header = true;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (!header)
            {
                rows.Add(line.Split(','));
            }
            header = false;
        }
        return rows;
    }
}
