using CsCheck;
using GeoSim.Core.Clocks;

namespace GeoSim.Core.Tests.Clocks;

public class LamportClockTests
{
    [Test]
    public void Tick_counts_up_and_Observe_moves_past_the_larger_of_both_clocks()
    {
        var clock = new LamportClock();
        Assert.Multiple(() =>
        {
            Assert.That(clock.Tick(), Is.EqualTo(1));
            Assert.That(clock.Observe(7), Is.EqualTo(8));   // max(1, 7) + 1
            Assert.That(clock.Observe(3), Is.EqualTo(9));   // max(8, 3) + 1
            Assert.That(clock.Time, Is.EqualTo(9));
        });
    }

    [Test]
    public void Happened_before_implies_a_smaller_timestamp()
    {
        // Clock condition (Lamport 1978): a → b ⇒ L(a) < L(b), for every pair of a random history.
        CausalHistory.Histories.Sample(history =>
        {
            var stamps = Stamp(history.Nodes, history.Events);
            for (var b = 0; b < history.Events.Length; b++)
            {
                for (var a = 0; a < b; a++)
                {
                    if (history.Events[a].HappenedBefore(history.Events[b]) && stamps[a] >= stamps[b])
                    {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    private static long[] Stamp(int nodes, CausalEvent[] events)
    {
        var clocks = Enumerable.Range(0, nodes).Select(_ => new LamportClock()).ToArray();
        var stamps = new long[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            stamps[i] = e.Kind == StepKind.Receive ? clocks[e.Node].Observe(stamps[e.SendIndex]) : clocks[e.Node].Tick();
        }
        return stamps;
    }
}
