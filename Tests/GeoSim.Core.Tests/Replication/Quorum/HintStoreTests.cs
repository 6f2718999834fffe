using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Replication.Quorum;

/// <summary>Hinted handoff's replay: one probe a round, and the rest sent once when the probe is answered.</summary>
public class HintStoreTests
{
    private static readonly NodeId Target = new(1);

    private static HintStore Store(int hints)
    {
        var store = new HintStore(windowNanos: long.MaxValue);
        for (var key = 0; key < hints; key++)
        {
            store.Add(Target, key, GeoSim.Core.Replication.Quorum.Version.Initial, now: key);
        }
        return store;
    }

    [Test]
    public void The_probes_answer_sends_the_rest_once_and_their_answers_send_nothing()
    {
        var store = Store(5);
        var probe = store.Oldest(10).Single();
        var sent = new List<long>();

        Assert.That(store.Delivered(Target, probe.Hint.Id, out var rest), Is.True);
        sent.AddRange(rest.Select(h => h.Id));
        foreach (var id in rest.Select(h => h.Id).ToArray())
        {
            Assert.That(store.Delivered(Target, id, out var again), Is.True);
            sent.AddRange(again.Select(h => h.Id));
        }

        Assert.Multiple(() =>
        {
            Assert.That(probe.Hint.Key, Is.EqualTo(0), "the oldest hint probes");
            Assert.That(sent, Is.EqualTo(new long[] { 2, 3, 4, 5 }), "each hint sent once: 4 sends for 5 hints, not 4 + 3 + 2 + 1");
            Assert.That(store.Any, Is.False);
        });
    }

    [Test]
    public void An_answer_to_a_hint_of_an_earlier_burst_sends_nothing_and_the_next_round_probes_again()
    {
        var store = Store(3);
        var first = store.Oldest(10).Single().Hint.Id;
        store.Delivered(Target, first, out _);

        // The burst's second hint was lost; its third is answered: nothing more is sent.
        Assert.That(store.Delivered(Target, 3, out var rest), Is.True);
        Assert.That(rest, Is.Empty);
        // The next round probes the lost one.
        var probe = store.Oldest(20).Single().Hint;
        Assert.That(probe.Id, Is.EqualTo(2));
        Assert.That(store.Delivered(Target, 2, out rest), Is.True);
        Assert.That(rest, Is.Empty);
        Assert.That(store.Any, Is.False);
    }

    [Test]
    public void An_answer_for_a_hint_no_longer_held_changes_nothing()
    {
        var store = Store(2);
        Assert.That(store.Delivered(Target, 99, out var rest), Is.False);
        Assert.That(rest, Is.Empty);
        Assert.That(store.Oldest(10), Has.Count.EqualTo(1));
    }
}
