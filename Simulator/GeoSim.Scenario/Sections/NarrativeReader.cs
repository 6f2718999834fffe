using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>The <c>narrative:</c> list: captions shown on the timeline, in file order.</summary>
internal sealed class NarrativeReader(Diagnostics diagnostics, ValueReader values)
{
    internal static readonly string[] Keys = ["at", "text"];

    /// <param name="duration">The run's duration, or null when it is invalid (already reported).</param>
    public IReadOnlyList<NarrativeSpec> Read(Node node, SimDuration? duration)
    {
        var captions = new List<NarrativeSpec>();
        foreach (var item in values.Sequence(node, "narrative")?.Items ?? [])
        {
            if (values.Mapping(item, "each narrative entry") is not { } mapping)
            {
                continue;
            }
            var reader = new MappingReader(mapping, diagnostics, "this narrative entry", Keys);
            var at = reader.Require("at") is { } a ? values.TimeInRun(a, "at", duration) : null;
            // Folded text (`text: >`) ends with a line break that the timeline should not show.
            var text = reader.Require("text") is { } t ? values.Text(t, "text")?.TrimEnd() : null;
            if (at is { } time && text is not null)
            {
                captions.Add(new NarrativeSpec(time, text));
            }
        }
        return captions;
    }
}
