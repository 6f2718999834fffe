namespace GeoSim.Cli.Tests;

public sealed class SchemaCommandTests
{
    [Test]
    public void Schema_prints_the_shipped_schema()
    {
        var (exit, output, error) = Cli.Run("schema");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(error, Is.Empty);
            Assert.That(output, Is.EqualTo(File.ReadAllText(Path.Combine(Cli.RepoRoot(), "Scenarios", "scenario.schema.json"))));
        });
    }
}
