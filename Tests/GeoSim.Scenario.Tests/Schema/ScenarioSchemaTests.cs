using System.Text.Json.Nodes;
using GeoSim.Scenario.Schema;
using GeoSim.Scenario.Tests.Loading;
using Json.Schema;

namespace GeoSim.Scenario.Tests.Schema;

/// <summary>
/// Scenarios/scenario.schema.json is what <c>geosim schema</c> generates from the loader's key
/// tables; every shipped scenario names it and validates against it, and known mistakes fail it.
/// </summary>
public sealed class ScenarioSchemaTests
{
    private const string SchemaFile = "scenario.schema.json";

    private static readonly Lazy<JsonSchema> Shipped = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(ScenariosFolder(), SchemaFile))));

    [Test]
    public void The_shipped_schema_is_the_generated_one()
    {
        var path = Path.Combine(ScenariosFolder(), SchemaFile);
        if (Environment.GetEnvironmentVariable("GEOSIM_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, ScenarioSchema.Json());
        }
        Assert.That(File.ReadAllText(path), Is.EqualTo(ScenarioSchema.Json()),
            "regenerate it: geosim schema > Scenarios/scenario.schema.json (or run the tests with GEOSIM_UPDATE_GOLDEN=1)");
    }

    private static IEnumerable<TestCaseData> ShippedScenarios() =>
        Directory.EnumerateFiles(ScenariosFolder(), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetRelativePath(ScenariosFolder(), f)));

    [TestCaseSource(nameof(ShippedScenarios))]
    public void Every_shipped_scenario_names_the_schema_on_its_first_line_and_validates(string file)
    {
        var relative = Path.GetRelativePath(Path.GetDirectoryName(file)!, Path.Combine(ScenariosFolder(), SchemaFile)).Replace('\\', '/');
        var expected = $"# yaml-language-server: $schema={(relative.StartsWith("..", StringComparison.Ordinal) ? relative : "./" + relative)}";
        var text = File.ReadAllText(file);

        Assert.Multiple(() =>
        {
            Assert.That(text.Split('\n')[0], Is.EqualTo(expected));
            Assert.That(Problems(text), Is.Empty);
        });
    }

    private static IEnumerable<TestCaseData> Mistakes()
    {
        yield return Case("an unknown top-level key", Scenarios.Minimal + "colour: blue\n");
        yield return Case("a misspelt strategy key", Scenarios.Minimal.Replace("  primary: us-east-1", "  primry: us-east-1"));
        yield return Case("an unknown strategy type", Scenarios.Minimal.Replace("type: primary-replica", "type: paxos"));
        yield return Case("a choice that is not one", Scenarios.Minimal + "  replication: asynch\n");
        yield return Case("a seed that is not a number", Scenarios.Minimal + "seed: forty-two\n");
        yield return Case("no name", Scenarios.Minimal.Replace("name: t\n", ""));
        yield return Case("no strategy", Scenarios.Minimal[..Scenarios.Minimal.IndexOf("strategy:", StringComparison.Ordinal)]);
        yield return Case("a region without a name", Scenarios.Minimal.Replace("  - name: us-east-1", "  - nodes: 2"));
        yield return Case("an unknown fault type", Scenarios.Minimal + "faults:\n  - type: meteor\n    at: 1s\n");
        yield return Case("a key of another fault type", Scenarios.Minimal + "faults:\n  - type: outage\n    at: 1s\n    for: 1s\n    region: us-east-1\n    loss: 5%\n");
        yield return Case("a boolean given as text", Scenarios.Minimal + "  failover:\n    fence-old-primary: maybe\n");
        yield return Case("a mapping where a list belongs", Scenarios.Minimal.Replace("regions:\n  - name: us-east-1\n", "regions:\n  name: us-east-1\n"));
    }

    [TestCaseSource(nameof(Mistakes))]
    public void A_known_mistake_fails_the_schema_as_it_fails_the_loader(string yaml)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Problems(yaml), Is.Not.Empty, "the schema");
            Assert.That(ScenarioLoader.Load(yaml, "bad.yaml").Errors, Is.Not.Empty, "the loader");
        });
    }

    [Test]
    public void The_minimal_scenario_validates() => Assert.That(Problems(Scenarios.Minimal), Is.Empty);

    [Test]
    public void A_key_table_and_a_schema_that_disagree_are_a_bug()
    {
        Assert.That(() => Shapes.Mapping("the test", ["a", "b"], [("a", Shapes.Text(""))]),
            Throws.InvalidOperationException.With.Message.EqualTo("the schema of the test describes [a], but the loader reads [a, b]"));
    }

    private static TestCaseData Case(string name, string yaml) => new TestCaseData(yaml).SetArgDisplayNames(name);

    private static List<string> Problems(string yaml)
    {
        var result = Shipped.Value.Evaluate(YamlAsJson.Convert(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : [.. result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    private static string ScenariosFolder()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GeoSim.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("GeoSim.sln not found above the test directory"), "Scenarios");
    }
}
