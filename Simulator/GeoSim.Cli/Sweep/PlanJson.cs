using System.Text.Encodings.Web;
using System.Text.Json;

namespace GeoSim.Cli.Sweep;

/// <summary>Writes and reads <see cref="PlanDocument"/>.</summary>
internal static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Text(PlanDocument plan) => JsonSerializer.Serialize(plan, Options) + "\n";

    public static void Write(string folder, PlanDocument plan) => File.WriteAllText(Path.Combine(folder, PlanDocument.FileName), Text(plan));

    /// <summary>The plan of a sweep folder, or null with the reason.</summary>
    public static PlanDocument? Read(string folder, out string? problem)
    {
        var path = Path.Combine(folder, PlanDocument.FileName);
        problem = null;
        try
        {
            var plan = JsonSerializer.Deserialize<PlanDocument>(File.ReadAllText(path), Options);
            if (plan is null || plan.Format != PlanDocument.FormatName || plan.Axes is null || plan.Variants is null || plan.Runs is null)
            {
                problem = $"{PlanDocument.FileName} is not a sweep plan GeoSim wrote ({PlanDocument.FormatName})";
                return null;
            }
            return plan;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read {PlanDocument.FileName}: {e.Message}";
            return null;
        }
    }
}
