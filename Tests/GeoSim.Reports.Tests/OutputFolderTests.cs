using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Tests;

public sealed class OutputFolderTests : ScratchFolderTest
{
    [Test]
    public void CreatesTheFolderAndItsParents()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());

        Assert.That(Directory.GetFiles(_scratch.Out).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { "events.csv", "histograms.csv", "run.json", "summary-low-tail.csv", "summary.csv", "summary.md", "timeseries-units.csv", "timeseries.csv" }));
    }

    [Test]
    public void ReplacesAnEarlierGeoSimFolderWhole()
    {
        WriteOldResult();

        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Path.Combine(_scratch.Out, "stale.txt")), Is.False, "files of the old run must go");
            Assert.That(_scratch.Read("summary.csv"), Does.Contain("write_latency_ms"));
            Assert.That(FolderSnapshot.IsCompleteResult(_scratch.Out), Is.True);
            Assert.That(Siblings(), Is.EqualTo(new[] { "quickstart" }));
        });
    }

    [Test]
    public void ReplacesAnEmptyFolder()
    {
        Directory.CreateDirectory(_scratch.Out);

        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());

        Assert.That(FolderSnapshot.IsCompleteResult(_scratch.Out), Is.True);
    }

    [Test]
    public void RefusesAFolderHoldingAUsersFileAndLeavesItByteForByte()
    {
        Directory.CreateDirectory(Path.Combine(_scratch.Out, ".git"));
        File.WriteAllText(Path.Combine(_scratch.Out, "thesis.tex"), "\\documentclass{article}");
        File.WriteAllBytes(Path.Combine(_scratch.Out, ".git", "HEAD"), [0, 1, 2, 255]);
        var before = FolderSnapshot.Take(_scratch.Out);

        Assert.That(() => OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info()),
            Throws.TypeOf<OutputFolderException>().With.Message.Contains("holds 2 entries GeoSim did not write: .git/, thesis.tex"));

        Assert.Multiple(() =>
        {
            Assert.That(FolderSnapshot.Take(_scratch.Out), Is.EqualTo(before));
            Assert.That(Siblings(), Is.EqualTo(new[] { "quickstart" }), "no temporary folder may remain");
        });
    }

    [Test]
    public void AFileAddedToAGeoSimFolderBlocksTheReplaceAndSurvives()
    {
        WriteOldResult();
        File.WriteAllText(Path.Combine(_scratch.Out, "charts", "my-notes.txt"), "mine");
        var before = FolderSnapshot.Take(_scratch.Out);

        Assert.That(() => OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info()),
            Throws.TypeOf<OutputFolderException>().With.Message.Contains("1 entry GeoSim did not write: charts/my-notes.txt"));

        Assert.That(FolderSnapshot.Take(_scratch.Out), Is.EqualTo(before));
    }

    [Test]
    public void RunJsonListsEveryFileOfTheFolder()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info(), temp =>
        {
            Directory.CreateDirectory(Path.Combine(temp, "charts"));
            File.WriteAllText(Path.Combine(temp, "charts", "lag.svg"), "<svg/>");
        });

        Assert.That(OutputMarker.Read(_scratch.Out)!.Files.Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "charts/lag.svg", "events.csv", "histograms.csv", "run.json", "summary-low-tail.csv", "summary.csv", "summary.md", "timeseries-units.csv", "timeseries.csv" }));
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

    private SortedDictionary<string, byte[]> _old = null!;

    /// <summary>An earlier GeoSim result, with files of its own (stale.txt, charts/old.svg) the new one lacks.</summary>
    private void WriteOldResult()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Sync()], SampleResults.Info(), temp =>
        {
            File.WriteAllText(Path.Combine(temp, "stale.txt"), "old");
            Directory.CreateDirectory(Path.Combine(temp, "charts"));
            File.WriteAllText(Path.Combine(temp, "charts", "old.svg"), "<svg/>");
        });
        _old = FolderSnapshot.Take(_scratch.Out);
    }

    private void AssertOldResultIntact() =>
        Assert.Multiple(() =>
        {
            Assert.That(FolderSnapshot.Take(_scratch.Out), Is.EqualTo(_old));
            Assert.That(Siblings(), Is.EqualTo(new[] { "quickstart" }), "no temporary or set-aside folder may remain");
        });

    private string[] Siblings() => FolderSnapshot.Siblings(_scratch.Out);
}
