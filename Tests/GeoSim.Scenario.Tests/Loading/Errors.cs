namespace GeoSim.Scenario.Tests.Loading;

/// <summary>Loads scenario text and checks the errors it reports.</summary>
internal static class Errors
{
    public const string File = "test.yaml";

    public static IReadOnlyList<ScenarioError> Of(string yaml)
    {
        var result = ScenarioLoader.Load(yaml, File);
        Assert.That(result.Scenario, Is.Null, "a scenario with errors must not load");
        return result.Errors;
    }

    public static void AssertSingle(string yaml, int line, int column, string message) =>
        Assert.That(Of(yaml), Is.EqualTo(new[] { new ScenarioError(File, line, column, message) }));
}
