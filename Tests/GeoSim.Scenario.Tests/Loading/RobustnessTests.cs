using CsCheck;

namespace GeoSim.Scenario.Tests.Loading;

/// <summary>Whatever the text, the loader answers with a scenario or with errors; it never throws.</summary>
public class RobustnessTests
{
    // Characters that change YAML structure or the mini-languages, where parsers tend to break.
    private const string Troublemakers = "[]{}:,-#&*!|>'\"\t\n ()=+%0a.";

    [Test]
    public void A_mangled_scenario_gives_errors_not_exceptions()
    {
        var text = RoundTripTests.Full;
        Gen.Select(Gen.Int[0, text.Length - 1], Gen.Int[0, 12], Gen.String[Gen.Char[Troublemakers], 0, 4])
            .Sample((at, removed, inserted) =>
            {
                var mangled = text.Remove(at, Math.Min(removed, text.Length - at)).Insert(at, inserted);
                var result = ScenarioLoader.Load(mangled, "mangled.yaml");
                return result.Ok ? result.Scenario is not null : result.Errors.Count > 0 && result.Scenario is null;
            }, iter: 3000);
    }
}
