namespace GeoSim.Reports.Tests;

/// <summary>The files written for other tools: the units of the series, the histograms, the Markdown summary.</summary>
public sealed class ExportFilesTests : ScratchFolderTest
{
    [Test]
    public void TimeSeriesUnitsNameEverySeriesInTheOrderOfTimeseriesCsv()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Sync(), SampleResults.Async()], SampleResults.Info());

        Assert.That(_scratch.Read("timeseries-units.csv"), Is.EqualTo("""
            strategy,metric,scope,unit,per_interval
            sync,availability,us-east-1,ratio,share
            async,replica_behind_ms,eu-west-1,ms,sample
            async,availability,us-east-1,ratio,share

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void HistogramsHaveExactText()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async(), SampleResults.Sync()], SampleResults.Info());

        Assert.That(_scratch.Read("histograms.csv"), Is.EqualTo("""
            strategy,metric,scope,unit,upper_bound,count
            async,write_latency_ms,us-east-1,ms,10.000511,500
            async,write_latency_ms,us-east-1,ms,20.001023,500

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void ABucketBoundThatIsNotANumberNamesTheHistogram()
    {
        var broken = SampleResults.Async() with
        {
            Histograms = [new("read_latency_ms", "eu-west-1", "ms", [new(double.PositiveInfinity, 1)])],
        };

        Assert.That(() => OutputFolder.Write(_scratch.Out, [broken], SampleResults.Info()),
            Throws.InvalidOperationException.With.Message.Contains("histograms.csv async read_latency_ms eu-west-1 upper_bound"));
    }

    [Test]
    public void SummaryMarkdownIsAnAlignedTable()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async(), SampleResults.Sync()], SampleResults.Info());

        Assert.That(_scratch.Read("summary.md"), Is.EqualTo("""
            # GeoSim summary: quickstart

            Seed 42, scenario fingerprint f00dfeed, async 60 s, sync 60 s simulated.

            | strategy | metric           | scope     | unit  | count |     mean |      p50 |      p90 |      p99 |          p999 |                   max |
            |:---------|:-----------------|:----------|:------|------:|---------:|---------:|---------:|---------:|--------------:|----------------------:|
            | async    | write_latency_ms | us-east-1 | ms    | 1,000 |   12.346 |   10.000 |   20.500 |    0.300 | 1,234,567.000 | 1,000,000,000,000.000 |
            | async    | failovers        | eu-west-1 | count |     2 |          |          |          |          |               |                       |
            | async    | availability     | all       | ratio | 5,000 | 0.999500 | 1.000000 | 1.000000 | 0.250000 |      0.000000 |              1.000000 |
            | sync     | write_latency_ms | us-east-1 | ms    |   900 |   80.000 |   75.000 |   90.000 |  120.000 |       150.000 |               151.000 |

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void SummaryMarkdownRowsLineUp()
    {
        OutputFolder.Write(_scratch.Out, [SimulatedRuns.Faulty[0], SimulatedRuns.Faulty[1]], SampleResults.Info());

        var table = _scratch.Read("summary.md").Split('\n').Where(line => line.StartsWith('|')).ToList();
        var pipes = table.Select(line => string.Join(",", line.Select((c, i) => (c, i)).Where(p => p.c == '|').Select(p => p.i))).Distinct();
        Assert.Multiple(() =>
        {
            Assert.That(table, Has.Count.EqualTo(2 + SimulatedRuns.Faulty.Sum(r => r.Summary.Count)));
            Assert.That(pipes.Count(), Is.EqualTo(1), "every row has its column separators at the same places");
        });
    }
}
