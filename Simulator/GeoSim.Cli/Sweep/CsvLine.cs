using System.Text;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// The sweep's CSV files have a column per varied path, so they are written field by field here
/// (RFC 4180 quoting, "\n" line ends, like the run's files) and read back for resuming and merging.
/// </summary>
internal static class CsvLine
{
    public static string Join(IEnumerable<string> fields) => string.Join(",", fields.Select(Quote));

    public static string Quote(string field) =>
        field.Length > 0 && field.AsSpan().IndexOfAny(",\"\n\r") < 0 && field.Trim().Length == field.Length
            ? field
            : field.Length == 0 ? "" : "\"" + field.Replace("\"", "\"\"") + "\"";

    /// <summary>Splits a whole file into records of fields; null when a quote is never closed.</summary>
    public static List<List<string>>? Parse(string text)
    {
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                if (c == '\n')
                {
                    records.Add(fields);
                    fields = [];
                }
            }
            else
            {
                field.Append(c);
            }
        }
        if (quoted)
        {
            return null;
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(fields);
        }
        return records;
    }
}
