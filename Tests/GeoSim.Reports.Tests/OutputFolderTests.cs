using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Tests;

public sealed class OutputFolderTests : ScratchFolderTest
{
    [Test]
    public void CreatesTheFolderAndItsParents()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());

        Assert.That(Directory.GetFiles(_scratch.Out).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { "events.csv", "run.json", "summary-low-tail.csv", "summary.csv", "timeseries.csv" }));
    }

    [Test]
    public void ReplacesAnExistingFolderWhole()
    {
        WriteOldResult();

        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Path.Combine(_scratch.Out, "stale.txt")), Is.False, "files of the old run must go");
            Assert.That(_scratch.Read("summary.csv"), Does.Contain("write_latency_ms"));
            Assert.That(Siblings(), Is.EqualTo(new[] { "quickstart" }));
        });
    }

    [Test]
    public void ExtraPartsWriteIntoTheFolderBeforeItAppears()
    {
        var sawCsv = false;

        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info(), temp =>
        {
            sawCsv = File.Exists(Path.Combine(temp, "summary.csv"));
            Directory.CreateDirectory(Path.Combine(temp, "charts"));
            File.WriteAllText(Path.Combine(temp, "charts", "lag.svg"), "<svg/>");
        });

        Assert.Multiple(() =>
        {
            Assert.That(sawCsv, Is.True, "extra parts run after the CSV files are written");
            Assert.That(File.ReadAllText(Path.Combine(_scratch.Out, "charts", "lag.svg")), Is.EqualTo("<svg/>"));
        });
    }

    [Test]
    public void FailingExtraPartLeavesThePreviousResultIntactAndNoTempFolder()
    {
        WriteOldResult();

        Assert.That(
            () => OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info(),
                temp => File.WriteAllText(Path.Combine(temp, "report.html"), "<html>"),
                _ => throw new IOException("disk full")),
            Throws.InstanceOf<IOException>().With.Message.EqualTo("disk full"));

        AssertOldResultIntact();
    }

    [Test]
    public void WriterFailingMidwayLeavesThePreviousResultIntactAndNoTempFolder()
    {
        WriteOldResult();
        var broken = SampleResults.Async() with
        {
            Series = [new TimeSeries("availability", "us-east-1", [new(1, 1), new(2, double.NaN)])],
        };

        Assert.That(() => OutputFolder.Write(_scratch.Out, [broken], SampleResults.Info()),
            Throws.InvalidOperationException.With.Message.Contains("timeseries.csv async availability us-east-1 value"));

        AssertOldResultIntact();
    }

    [Test]
    public void FailureWithNoPreviousResultLeavesNothing()
    {
        Assert.That(() => OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info(), _ => throw new IOException("boom")),
            Throws.InstanceOf<IOException>());

        Assert.That(Siblings(), Is.Empty);
    }

    [Test]
    public void TrailingSeparatorNamesTheSameFolder()
    {
        OutputFolder.Write(_scratch.Out + Path.DirectorySeparatorChar, [SampleResults.Async()], SampleResults.Info());

        Assert.That(Siblings(), Is.EqualTo(new[] { "quickstart" }));
    }

    [Test]
    public void RejectsResultsOfDifferentRuns()
    {
        var otherSeed = SampleResults.Sync() with { Seed = 7 };

        Assert.That(() => OutputFolder.Write(_scratch.Out, [SampleResults.Async(), otherSeed], SampleResults.Info()),
            Throws.ArgumentException.With.Message.Contains("seed 7"));
        Assert.That(Siblings(), Is.Empty);
    }

    [Test]
    public void RejectsDuplicateStrategyLabels() =>
        Assert.That(() => OutputFolder.Write(_scratch.Out, [SampleResults.Async(), SampleResults.Async()], SampleResults.Info()),
            Throws.ArgumentException.With.Message.Contains("async appears 2 times"));

    [Test]
    public void RejectsNoResults() =>
        Assert.That(() => OutputFolder.Write(_scratch.Out, [], SampleResults.Info()), Throws.ArgumentException);

    private void WriteOldResult()
    {
        Directory.CreateDirectory(_scratch.Out);
        File.WriteAllText(Path.Combine(_scratch.Out, "summary.csv"), "old summary");
        File.WriteAllText(Path.Combine(_scratch.Out, "stale.txt"), "old");
    }

    private void AssertOldResultIntact() =>
        Assert.Multiple(() =>
        {
            Assert.That(_scratch.Read("summary.csv"), Is.EqualTo("old summary"));
            Assert.That(_scratch.Read("stale.txt"), Is.EqualTo("old"));
            Assert.That(Directory.GetFileSystemEntries(_scratch.Out), Has.Length.EqualTo(2));
            Assert.That(Siblings(), Is.EqualTo(new[] { "quickstart" }), "no temporary or set-aside folder may remain");
        });

    private string[] Siblings()
    {
        var parent = Path.GetDirectoryName(_scratch.Out)!;
        return Directory.Exists(parent)
            ? Directory.GetFileSystemEntries(parent).Select(entry => Path.GetFileName(entry)!).Order().ToArray()
            : [];
    }
}
