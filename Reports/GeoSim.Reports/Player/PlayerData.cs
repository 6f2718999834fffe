using System.Globalization;
using System.Text;
using System.Text.Json;
using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Player;

/// <summary>
/// The JSON the player embeds: the regions on the map and the directed links between them, then
/// per strategy the role of each region and the state of each link as lists of changes
/// <c>[time_s, state]</c>, the fault windows, every event (faults, failovers, narrative captions) by time, and two
/// per-interval series per region as flat <c>[time_s, value, ...]</c> lists: replica_behind_ms and
/// write_availability (null where the region has none); and <c>said</c>, the metric lines of
/// <c>replay</c> (<c>[time_s, label, text]</c>). Numbers are rounded to what the page shows.
/// </summary>
internal static class PlayerData
{
    public static string Json(string scenario, string description, IReadOnlyList<RunResult> results, Func<RunResult, IReadOnlyList<PlayerLine>> said)
    {
        var regions = results[0].Regions.Select(r => r.Name).ToList();
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("scenario", scenario);
            json.WriteString("description", description);
            Number(json, "duration", results.Max(r => r.SimulatedSeconds));
            json.WriteStartArray("regions");
            foreach (var (place, start) in RegionLocations.Place(regions).Zip(results[0].Regions))
            {
                json.WriteStartObject();
                json.WriteString("name", place.Name);
                Number(json, "lat", place.Lat);
                Number(json, "lon", place.Lon);
                json.WriteBoolean("known", place.Known);
                json.WriteNumber("nodes", start.Nodes);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("links");
            foreach (var link in LinkTimeline.Names(regions))
            {
                json.WriteStringValue(link);
            }
            json.WriteEndArray();
            json.WriteStartArray("strategies");
            foreach (var result in results)
            {
                Strategy(json, result, regions, said(result));
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Strategy(Utf8JsonWriter json, RunResult result, IReadOnlyList<string> regions, IReadOnlyList<PlayerLine> said)
    {
        json.WriteStartObject();
        json.WriteString("label", result.Strategy);
        Changes(json, "roles", RoleTimeline.For(result));
        Changes(json, "links", LinkTimeline.For(result, regions));
        json.WriteStartArray("faults");
        foreach (var w in PlayerFaultWindow.Of(result))
        {
            json.WriteStartArray();
            Number(json, w.StartSeconds);
            Number(json, w.EndSeconds);
            json.WriteStringValue(w.Scope);
            json.WriteStringValue(w.Detail);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var e in StateChange.InTimeOrder(result))
        {
            json.WriteStartArray();
            Number(json, e.TimeSeconds);
            json.WriteStringValue(e.Kind);
            json.WriteStringValue(e.Scope);
            json.WriteStringValue(e.Detail);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        Series(json, "behind", result, MetricNames.ReplicaBehind, regions, "0.#");
        Series(json, "writes", result, MetricNames.WriteAvailability, regions, "0.####");
        json.WriteStartArray("said");
        foreach (var line in said)
        {
            json.WriteStartArray();
            Number(json, line.TimeSeconds);
            json.WriteStringValue(line.Label);
            json.WriteStringValue(line.Text);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Changes(Utf8JsonWriter json, string name, IReadOnlyList<IReadOnlyList<StateChange>> all)
    {
        json.WriteStartArray(name);
        foreach (var changes in all)
        {
            json.WriteStartArray();
            foreach (var change in changes)
            {
                Number(json, change.TimeSeconds);
                json.WriteStringValue(change.State);
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    private static void Series(Utf8JsonWriter json, string name, RunResult result, string metric, IReadOnlyList<string> regions, string format)
    {
        json.WriteStartArray(name);
        foreach (var region in regions)
        {
            var series = result.Series.FirstOrDefault(s => s.Metric == metric && s.Scope == region);
            if (series is null)
            {
                json.WriteNullValue();
                continue;
            }
            json.WriteStartArray();
            foreach (var point in series.Points)
            {
                Number(json, point.TimeSeconds);
                json.WriteRawValue(Text(point.Value, format));
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        Number(json, value);
    }

    /// <summary>Times and positions to the millisecond (or thousandth of a degree): what the page can show.</summary>
    private static void Number(Utf8JsonWriter json, double value) => json.WriteRawValue(Text(value, "0.###"));

    private static string Text(double value, string format)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException($"player.html: {value} is not a finite number");
        }
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
