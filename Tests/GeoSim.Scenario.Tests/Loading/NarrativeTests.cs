using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

/// <summary><c>narrative:</c> captions, kept in file order.</summary>
public class NarrativeTests
{
    [Test]
    public void Captions_load_in_file_order()
    {
        var scenario = Loaded.Scenario(Scenarios.FiveRegions + """
            narrative:
              - at: 2m
                text: Fibre cut between the US East hub and the primary data center.
              - at: 30s
                text: >
                  Traffic ramps up.

            """);

        Assert.That(scenario.Narrative, Is.EqualTo(new[]
        {
            new NarrativeSpec(SimDuration.FromSeconds(120), "Fibre cut between the US East hub and the primary data center."),
            new NarrativeSpec(SimDuration.FromSeconds(30), "Traffic ramps up."),
        }));
    }

    [Test]
    public void Without_narrative_there_are_no_captions()
    {
        Assert.That(Loaded.Scenario(Scenarios.FiveRegions).Narrative, Is.Empty);
    }

    [TestCase("  - { at: 10m, text: too late }\n", 21, 11, "at (10m) must be before the end of the run (duration 10m)")]
    [TestCase("  - { at: 1m }\n", 21, 5, "missing required key 'text' in this narrative entry")]
    [TestCase("  - { text: when? }\n", 21, 5, "missing required key 'at' in this narrative entry")]
    [TestCase("  - { at: 1m, txt: hello }\n", 21, 15, "unknown key 'txt'; did you mean 'text'?")]
    public void Reports_a_bad_caption_at_its_position(string items, int line, int column, string message)
    {
        Errors.AssertSingle(Scenarios.FiveRegions + "narrative:\n" + items, line, column, message);
    }
}
