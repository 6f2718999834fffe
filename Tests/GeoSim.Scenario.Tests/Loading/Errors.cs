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

    /// <summary>Among the errors, the one given (the others are listed when it is missing).</summary>
    public static void AssertContains(string yaml, int line, int column, string message)
    {
        var errors = Of(yaml);
        Assert.That(errors.Select(e => (e.Line, e.Column, e.Message)), Does.Contain((line, column, message)),
            string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}")));
    }

    public static void AssertSingle(string yaml, int line, int column, string message) =>
        Assert.That(Of(yaml), Is.EqualTo(new[] { new ScenarioError(File, line, column, message) }));
}
