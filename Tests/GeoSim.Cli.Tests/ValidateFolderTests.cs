namespace GeoSim.Cli.Tests;

/// <summary><c>geosim validate FOLDER</c> checks every *.yaml in the folder and below it.</summary>
public class ValidateFolderTests
{
    private static readonly string Good = File.ReadAllText(Path.Combine(Cli.RepoRoot(), "Scenarios", "quickstart.yaml"));

    [Test]
    public void Every_yaml_below_the_folder_is_checked_and_errors_name_their_file()
    {
        var dir = Cli.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "nested"));
        File.WriteAllText(Path.Combine(dir, "a.yaml"), Good);
        File.WriteAllText(Path.Combine(dir, "nested", "b.yaml"), Good);
        File.WriteAllText(Path.Combine(dir, "nested", "bad.yaml"), "name: bad\nduration: 40\n");
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "not a scenario");

        var (exit, output, err) = Cli.Run("validate", dir);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(output, Does.Contain($"{Path.Combine(dir, "a.yaml")}: ok"));
            Assert.That(output, Does.Contain($"{Path.Combine(dir, "nested", "b.yaml")}: ok"));
            Assert.That(err, Does.Contain($"{Path.Combine(dir, "nested", "bad.yaml")}:2:11"));
            Assert.That(output + err, Does.Not.Contain("notes.txt"));
        });
    }

    [Test]
    public void A_folder_of_good_scenarios_exits_0()
    {
        var (exit, output, err) = Cli.Run("validate", Path.Combine(Cli.RepoRoot(), "Scenarios"));
        var files = Directory.GetFiles(Path.Combine(Cli.RepoRoot(), "Scenarios"), "*.yaml", SearchOption.AllDirectories);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0), err);
            Assert.That(output.Split('\n').Count(l => l.Contains(": ok (")), Is.EqualTo(files.Length));
        });
    }

    [Test]
    public void A_folder_without_scenarios_exits_2()
    {
        var (exit, _, err) = Cli.Run("validate", Cli.TempDir());
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("no *.yaml files"));
        });
    }
}
