using GeoSim.Core.Checkers;

namespace GeoSim.Core.Tests.Checkers;

public class HighWaterStepsTests
{
    [Test]
    public void The_mark_at_a_time_is_the_highest_sequence_learned_by_then()
    {
        var steps = new HighWaterSteps(lines: 2);
        steps.Add(0, time: 10, seq: 3, horizon: 0);
        steps.Add(0, time: 20, seq: 2, horizon: 0);
        steps.Add(0, time: 30, seq: 8, horizon: 0);

        Assert.Multiple(() =>
        {
            Assert.That(steps.MaxAt(0, 9), Is.EqualTo(long.MinValue));
            Assert.That(steps.MaxAt(0, 10), Is.EqualTo(3));
            Assert.That(steps.MaxAt(0, 29), Is.EqualTo(3), "a lower sequence never lowers the mark");
            Assert.That(steps.MaxAt(0, 30), Is.EqualTo(8));
            Assert.That(steps.MaxAt(1, 30), Is.EqualTo(long.MinValue), "lines are apart");
        });
        steps.Clear(0);
        Assert.That(steps.MaxAt(0, 30), Is.EqualTo(long.MinValue));
    }

    [Test]
    public void Steps_before_the_horizon_fold_so_many_rises_over_time_stay_exact()
    {
        // 100 rises 10 apart with a horizon 50 back: never more than 6 steps needed at once.
        var steps = new HighWaterSteps(lines: 1);
        for (var i = 1; i <= 100; i++)
        {
            steps.Add(0, time: i * 10, seq: i, horizon: i * 10 - 50);
        }
        Assert.Multiple(() =>
        {
            Assert.That(steps.MaxAt(0, 950), Is.EqualTo(95));
            Assert.That(steps.MaxAt(0, 955), Is.EqualTo(95));
            Assert.That(steps.MaxAt(0, 1000), Is.EqualTo(100));
            Assert.That(steps.MaxAt(0, 969), Is.EqualTo(96));
        });
    }

    [Test]
    public void More_rises_than_the_depth_within_the_horizon_drop_the_oldest()
    {
        // The documented undercount: a question older than the second oldest step kept.
        var steps = new HighWaterSteps(lines: 1);
        for (var i = 1; i <= HighWaterSteps.Depth + 1; i++)
        {
            steps.Add(0, time: i, seq: i, horizon: 0);
        }
        Assert.Multiple(() =>
        {
            Assert.That(steps.MaxAt(0, 1), Is.EqualTo(long.MinValue), "the oldest rise was dropped");
            Assert.That(steps.MaxAt(0, 2), Is.EqualTo(2));
            Assert.That(steps.MaxAt(0, HighWaterSteps.Depth + 1), Is.EqualTo(HighWaterSteps.Depth + 1));
        });
    }
}
