namespace GeoSim.Reports.Tests;

public sealed class CsvFilesTests : ScratchFolderTest
{
    [Test]
    public void SummaryHasExactText()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());

        Assert.That(_scratch.Read("summary.csv"), Is.EqualTo("""
            strategy,metric,scope,unit,count,mean,p50,p90,p99,p999,max
            async,write_latency_ms,us-east-1,ms,1000,12.345679,10,20.5,0.3,1234567,1000000000000
            async,failovers,eu-west-1,count,2,,,,,,
            async,availability,all,ratio,5000,0.9995,1,1,0.25,0,1

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void LowTailHasExactTextForRowsWithADistribution()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());

        Assert.That(_scratch.Read("summary-low-tail.csv"), Is.EqualTo("""
            strategy,metric,scope,unit,count,min,p1,p10
            async,availability,all,ratio,5000,0,0,0.5

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void TimeSeriesIsSeriesMajorInTheGivenOrder()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());

        Assert.That(_scratch.Read("timeseries.csv"), Is.EqualTo("""
            strategy,time_s,metric,scope,value
            async,1,replica_behind_ms,eu-west-1,0
            async,2,replica_behind_ms,eu-west-1,150.25
            async,2.5,replica_behind_ms,eu-west-1,0
            async,1,availability,us-east-1,1
            async,2,availability,us-east-1,0.5

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void EventsAreSortedByTimeStablyAndQuotedWhenNeeded()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());

        Assert.That(_scratch.Read("events.csv"), Is.EqualTo(""""
            strategy,time_s,kind,scope,detail
            async,10,fault,us-east-1->eu-west-1,"partition, one way"
            async,10,narrative,all,"primary says ""hi"""
            async,30.123457,heal,us-east-1->eu-west-1,link restored

            """".ReplaceLineEndings("\n")));
    }

    [Test]
    public void NullPercentilesAreEmptyFields()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());

        var failovers = _scratch.Read("summary.csv").Split('\n').Single(line => line.Contains(",failovers,"));
        Assert.That(failovers, Is.EqualTo("async,failovers,eu-west-1,count,2,,,,,,"));
    }

    [Test]
    public void CompareWritesEveryStrategyInTheGivenOrder()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Sync(), SampleResults.Async()], SampleResults.Info());

        Assert.Multiple(() =>
        {
            Assert.That(StrategyColumn("summary.csv"), Is.EqualTo(new[] { "sync", "async", "async", "async" }));
            Assert.That(StrategyColumn("timeseries.csv"), Is.EqualTo(new[] { "sync", "async", "async", "async", "async", "async" }));
            Assert.That(StrategyColumn("events.csv"), Is.EqualTo(new[] { "sync", "async", "async", "async" }));
        });
    }

    [Test]
    public void EmptyResultStillWritesHeaders()
    {
        var empty = SampleResults.Async() with { Summary = [], Series = [], Events = [] };

        OutputFolder.Write(_scratch.Out, [empty], SampleResults.Info());

        Assert.That(_scratch.Read("events.csv"), Is.EqualTo("strategy,time_s,kind,scope,detail\n"));
    }

    [Test]
    public void FilesHaveNoByteOrderMark()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());

        foreach (var file in new[] { "summary.csv", "summary.md", "timeseries.csv", "timeseries-units.csv", "histograms.csv", "events.csv", "run.json" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(_scratch.Out, file));
            Assert.That(bytes[0], Is.Not.EqualTo(0xEF), file);
        }
    }

    private string[] StrategyColumn(string file) =>
        _scratch.Read(file).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[0]).ToArray();
}
