using CsvHelper;

namespace GeoSim.Reports.Tests.Contract;

/// <summary>RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes), read by CsvHelper's reader, independently of GeoSim's writers.</summary>
internal static class CsvText
{
    public static List<string[]> Parse(string text)
    {
        using var reader = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = false, SkipEmptyLines = false });
        var records = new List<string[]>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }
            records.Add(fields);
        }
        return records;
    }
}
