using System.CommandLine;
using System.Text.RegularExpressions;
using GeoSim.Cli.Commands;
using GeoSim.Cli.Sweep;
using YamlDotNet.RepresentationModel;

namespace GeoSim.Cli.Tests.Sweep;

/// <summary>docs/sweeps.md matches the CLI: its manifests and scripts parse and use only flags geosim has; its example sweep expands.</summary>
public partial class SweepDocTests
{
    private static string Doc => File.ReadAllText(Path.Combine(Cli.RepoRoot(), "docs", "sweeps.md"));

    private static List<(string Language, string Text)> Blocks() =>
        [.. Fence().Matches(Doc).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    /// <summary>Every geosim command line in the doc's blocks, YAML folded and shell continuations joined.</summary>
    private static List<string> Commands()
    {
        var lines = new List<string>();
        foreach (var (language, text) in Blocks())
        {
            var joined = language == "yaml" ? string.Join("\n", Scalars(text)) : text.Replace("\\\n", " ");
            lines.AddRange(joined.Split('\n').Select(l => GeosimCall().Match(l)).Where(m => m.Success).Select(m => m.Value));
        }
        return lines;
    }

    [Test]
    public void Every_flag_the_doc_gives_geosim_sweep_or_merge_exists()
    {
        var commands = new Dictionary<string, Command>
        {
            ["sweep"] = SweepCommand.Create(TextWriter.Null, TextWriter.Null),
            ["merge"] = MergeCommand.Create(TextWriter.Null, TextWriter.Null),
            ["advise"] = AdviseCommand.Create(TextWriter.Null, TextWriter.Null),
        };
        var calls = Commands();
        Assert.That(calls.Count(c => c.Contains("--shard")), Is.GreaterThanOrEqualTo(5), "the shard commands, the Indexed Job and the Slurm array");
        Assert.That(calls.Count(c => c.Contains("geosim merge")), Is.GreaterThanOrEqualTo(3));
        foreach (var call in calls)
        {
            var words = call.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var command = commands[words[1]];
            var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Append("--help").ToList();
            foreach (var flag in words.Where(w => w.StartsWith("--", StringComparison.Ordinal)).Select(w => w.Split('=')[0]))
            {
                Assert.That(known, Does.Contain(flag), $"docs/sweeps.md: {call}");
            }
        }
    }

    [Test]
    public void The_Indexed_Job_runs_shard_index_plus_one_of_its_completions()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Blocks().Single(b => b.Text.Contains("completionMode")).Text));
        var sweepJob = (YamlMappingNode)stream.Documents[0].RootNode;
        var spec = (YamlMappingNode)sweepJob["spec"];
        var args = string.Join(" ", Scalars(spec["template"]));

        Assert.Multiple(() =>
        {
            Assert.That(stream.Documents, Has.Count.EqualTo(2), "the sweep Job, then the merge Job");
            Assert.That(spec["completionMode"].ToString(), Is.EqualTo("Indexed"));
            Assert.That(args, Does.Contain($"--shard $((JOB_COMPLETION_INDEX+1))/{spec["completions"]}"));
            Assert.That(string.Join(" ", Scalars(stream.Documents[1].RootNode)), Does.Contain("geosim merge /results/latency-vs-strategy/shard-*"));
        });
    }

    [Test]
    public void The_Slurm_array_takes_its_shard_from_the_task_id_and_the_image_is_the_dotnet_runtime()
    {
        var scripts = Blocks().Where(b => b.Language == "bash").Select(b => b.Text).ToList();
        var docker = Blocks().Single(b => b.Language == "dockerfile").Text;

        Assert.Multiple(() =>
        {
            Assert.That(scripts[0], Does.StartWith("#!/bin/bash\n#SBATCH --job-name=geosim-sweep\n#SBATCH --array=1-8"));
            Assert.That(scripts[0], Does.Contain("--shard \"${SLURM_ARRAY_TASK_ID}/${SLURM_ARRAY_TASK_COUNT}\""));
            Assert.That(docker, Does.Match(@"(?m)^FROM mcr\.microsoft\.com/dotnet/runtime:10\.0$"));
            Assert.That(docker, Does.Contain("ENTRYPOINT [\"geosim\"]"));
        });
    }

    [Test]
    public void The_docs_example_sweep_file_expands_into_its_grid()
    {
        var example = Blocks().First(b => b.Language == "yaml").Text;
        var (file, errors) = SweepFileReader.Read(SweepFiles.Write(example));
        Assert.That(errors, Is.Empty);

        var (plan, planErrors) = new VariantBuilder(file!, "test").Build();

        Assert.That(planErrors, Is.Empty);
        Assert.That((plan!.Variants.Count, plan.Runs.Count), Is.EqualTo((16, 320)));
    }

    [Test]
    public void The_shipped_example_sweep_runs_in_well_under_a_minute_with_charts_and_intervals()
    {
        var outDir = Path.Combine(Cli.TempDir(), "out");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (exit, output, err) = Cli.Run("sweep", Path.Combine(Cli.RepoRoot(), "sweeps", "latency-vs-strategy.yaml"), "--out", outDir);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, err);
            Assert.That(output, Does.Contain("9 variants x 5 seeds = 45 runs"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
            Assert.That(File.ReadLines(Path.Combine(outDir, "sweep.csv")).Count(l => l.Contains(",write_latency_ms,p99,all,5,")), Is.EqualTo(9));
            Assert.That(Directory.GetFiles(Path.Combine(outDir, "charts"), "*.svg"), Has.Length.EqualTo(10));
        });
    }

    private static IEnumerable<string> Scalars(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.SelectMany(d => Scalars(d.RootNode));
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode s => [s.Value ?? ""],
        YamlSequenceNode l => l.Children.SelectMany(Scalars),
        YamlMappingNode m => m.Children.SelectMany(e => Scalars(e.Key).Concat(Scalars(e.Value))),
        _ => [],
    };

    [GeneratedRegex(@"```(\w*)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"geosim (sweep|merge|advise)\b.*")]
    private static partial Regex GeosimCall();
}
