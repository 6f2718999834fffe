using System.Globalization;
using CsvHelper;

namespace GeoSim.Reports;

/// <summary>The one place that decides how GeoSim CSV files are encoded.</summary>
internal static class CsvFile
{
    // Invariant culture, "\n" on every OS and no byte order mark, so identical results give
    // byte-identical files anywhere. CsvHelper 34 defaults to CRLF.
    private static readonly CsvWriterOptions Options = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        NewLine = "\n",
        WriteByteOrderMark = false,
    };

    public static void Write<T>(string path, IEnumerable<T> rows)
    {
        using var writer = Open(path);
        writer.WriteRecords(rows);
    }

    /// <summary>A writer with GeoSim's encoding, for a file written field by field.</summary>
    public static CsvWriter Open(string path) => CsvWriter.ToFile(path, Options);
}
