namespace GeoSim.Cli.Tests.Fuzz;

/// <summary>
/// Mutants of every shipped scenario must end in exit 0, or in exit 2 with file:line:col, within a
/// time bound and without a stack trace, from <c>validate</c> and from a short <c>run</c>.
/// README "Fuzzing the loader" says how to run thousands.
/// </summary>
public class ScenarioFuzzTests
{
    private static readonly TimeSpan ValidateBound = TimeSpan.FromSeconds(10);
    // A run may be slow without being stuck: the event budget allows about a minute for 20 simulated seconds.
    private static readonly TimeSpan RunBound = TimeSpan.FromSeconds(120);

    [Test]
    public void Mutated_scenarios_end_in_exit_0_or_2_with_a_position_within_a_time_bound()
    {
        var settings = FuzzSettings.FromEnvironment();
        var root = Path.Combine(Cli.RepoRoot(), "Scenarios");
        var sources = Directory.GetFiles(root, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetRelativePath(root, path), Text: File.ReadAllText(path))).ToArray();
        var work = Cli.TempDir();
        CopyFolder(Path.Combine(root, "data"), Path.Combine(work, "data"));
        var outcomes = new FuzzOutcomes();
        var valid = 0;
        for (var i = 0; i < settings.Mutants; i++)
        {
            var source = sources[i % sources.Length];
            var (text, note) = new ScenarioMutator(settings.Seed * 1_000_003 + i).Mutate(source.Text);
            var file = Path.Combine(work, $"mutant-{i}.yaml");
            File.WriteAllText(file, text);
            var what = $"mutant {i} of {source.Name} (GEOSIM_FUZZ_SEED={settings.Seed}): {note}; kept at {file}";
            var failuresBefore = outcomes.Failures.Count;

            var (exit, err) = Validate(file);
            outcomes.Record("validate", exit, err, file, what);
            if (exit == 0 && valid++ % settings.RunEvery == 0)
            {
                var output = Path.Combine(work, $"out-{i}");
                var run = ChildProcess.RunGeoSim(["run", file, "--duration", "20s", "--out", output], work, RunBound);
                outcomes.Record("run", run.Exit, run.Err, file, what);
                DeleteIfPresent(output);
            }
            if (outcomes.Failures.Count == failuresBefore)
            {
                File.Delete(file);
            }
        }
        TestContext.Out.WriteLine($"{settings.Mutants} mutants: {outcomes.Summary()}");
        Assert.That(outcomes.Failures, Is.Empty, string.Join("\n", outcomes.Failures));
    }

    private static (int? Exit, string Err) Validate(string file)
    {
        var task = Task.Run(() => Cli.Run("validate", file));
        return task.Wait(ValidateBound) ? (task.Result.Exit, task.Result.Err) : (null, "");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
