namespace GeoSim.Reports.Tests;

/// <summary>
/// What is at the output path at each step of a replacing write, seen through the writer's fault
/// hook: a kill at that moment would leave exactly this (the CLI tests kill a real process there).
/// </summary>
public sealed class OutputSwapTests : ScratchFolderTest
{
    private SortedDictionary<string, byte[]> _old = null!;

    [SetUp]
    public void WriteOldResult()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Sync()], SampleResults.Info());
        _old = FolderSnapshot.Take(_scratch.Out);
    }

    [Test]
    public void EveryStepLeavesTheOldOrTheNewCompleteResultAtThePath()
    {
        var seen = new List<string>();

        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info(), [], step => seen.Add($"{step}: {State()}"));

        Assert.Multiple(() =>
        {
            Assert.That(seen, Is.EqualTo(new[]
            {
                "WriteFiles: old", "WriteMarker: old", "Sync: old", "Swap: old", "SyncParent: new", "RemoveOld: new",
            }), "one atomic exchange: no step sees the path empty");
            Assert.That(State(), Is.EqualTo("new"));
            Assert.That(FolderSnapshot.Siblings(_scratch.Out), Is.EqualTo(new[] { "quickstart" }));
        });
    }

    [Test]
    public void WithoutAnAtomicExchangeTheOneGapKeepsTheOldResultCompleteBesideThePath()
    {
        var exchange = OutputSwap.Exchange;
        OutputSwap.Exchange = (_, _) => false;
        var seen = new List<string>();
        try
        {
            OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info(), [], step => seen.Add($"{step}: {State()}"));
        }
        finally
        {
            OutputSwap.Exchange = exchange;
        }

        Assert.Multiple(() =>
        {
            Assert.That(seen, Is.EqualTo(new[]
            {
                "WriteFiles: old", "WriteMarker: old", "Sync: old", "Swap: old", "MoveIn: old set aside", "SyncParent: new", "RemoveOld: new",
            }));
            Assert.That(FolderSnapshot.Siblings(_scratch.Out), Is.EqualTo(new[] { "quickstart" }));
        });
    }

    [Test]
    public void AFailedMoveInPutsTheOldResultBack()
    {
        var exchange = OutputSwap.Exchange;
        OutputSwap.Exchange = (_, _) => false;
        try
        {
            Assert.That(() => OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info(), [],
                    step => { if (step == OutputStep.MoveIn) { throw new IOException("disk gone"); } }),
                Throws.InstanceOf<IOException>());
        }
        finally
        {
            OutputSwap.Exchange = exchange;
        }

        Assert.Multiple(() =>
        {
            Assert.That(FolderSnapshot.Take(_scratch.Out), Is.EqualTo(_old));
            Assert.That(FolderSnapshot.Siblings(_scratch.Out), Is.EqualTo(new[] { "quickstart" }));
        });
    }

    /// <summary>"old" (byte for byte), "new" (complete, of the new run), "old set aside" (nothing at the path, the old complete beside it) or what is wrong.</summary>
    private string State()
    {
        if (!Directory.Exists(_scratch.Out))
        {
            var aside = Directory.GetDirectories(Path.GetDirectoryName(_scratch.Out)!, "quickstart.old-*").SingleOrDefault();
            return aside is not null && FolderSnapshot.Matches(aside, _old) ? "old set aside" : "NOTHING";
        }
        if (FolderSnapshot.Matches(_scratch.Out, _old))
        {
            return "old";
        }
        return FolderSnapshot.IsCompleteResult(_scratch.Out) && _scratch.Read("run.json").Contains("\"strategy\": \"async\"")
            ? "new"
            : "INCOMPLETE";
    }
}
