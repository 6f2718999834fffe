using GeoSim.Core.Replication;

namespace GeoSim.Core.Tests.Replication;

/// <summary>A strategy is one folder of Replication/ and one line of the catalog, and its type name is written once.</summary>
public class StrategyCatalogTests
{
    private static readonly string ReplicationFolder = Path.Combine(BannedApiTests.RepoRoot(), "Simulator", "GeoSim.Core", "Replication");

    [Test]
    public void The_catalog_holds_one_definition_per_folder_of_Replication()
    {
        var folders = Directory.GetDirectories(ReplicationFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var definitions = StrategyCatalog.All.Select(d => d.GetType().Namespace!.Split('.')[^1]).Order(StringComparer.Ordinal);

        Assert.That(definitions, Is.EqualTo(folders));
    }

    [Test]
    public void Each_type_name_is_written_once_in_the_simulator()
    {
        var sources = Directory.GetFiles(Path.Combine(BannedApiTests.RepoRoot(), "Simulator"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();

        Assert.Multiple(() =>
        {
            foreach (var definition in StrategyCatalog.All)
            {
                var quoted = $"\"{definition.Type}\"";
                Assert.That(sources.Sum(s => Count(s, quoted)), Is.EqualTo(1), quoted);
                Assert.That(StrategyCatalog.Find(definition.Type), Is.SameAs(definition));
            }
        });
    }

    [Test]
    public void Every_key_of_a_table_is_described_and_names_are_unique()
    {
        var tables = StrategyCatalog.All.SelectMany(d => new[] { d.Keys }.Concat(d.Keys.Where(k => k.Kind == KeyKind.Block).Select(k => k.Keys)));

        Assert.Multiple(() =>
        {
            foreach (var keys in tables)
            {
                Assert.That(keys.Select(k => k.Name), Is.Unique.And.Not.Contains("type").And.Not.Contains("label"));
                Assert.That(keys.Where(k => string.IsNullOrWhiteSpace(k.Description) || (k.Kind == KeyKind.Choice) != (k.Choices.Count > 0)), Is.Empty);
            }
        });
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
