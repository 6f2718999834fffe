using GeoSim.Cli.Replay;
using GeoSim.Core.Metrics;

namespace GeoSim.Cli.Tests.Replay;

public class ReplayTimelineTests
{
    private static TimeSeries Series(string metric, string scope, params double[] values) =>
        new(metric, scope, values.Select((v, i) => new SeriesPoint(i + 1, v)).ToList());

    private static RunResult Result(IReadOnlyList<RunEvent> events, IReadOnlyList<TimeSeries> series, double seconds = 10,
        IReadOnlyList<SummaryRow>? summary = null) =>
        new("hand-built", "primary-replica", 1, "0", 0, seconds, true, summary ?? [], series, [], events);

    private static string[] Texts(RunResult result) => ReplayTimeline.Build(result).Select(l => l.Text).ToArray();

    [Test]
    public void Events_and_metric_changes_read_as_columns_in_time_order_and_noise_is_left_out()
    {
        var result = Result(
            [
                new(2, "narrative", "", "The hub loses the primary."),
                new(2, "fault-start", "us-east-1<->us-west-2", "partition for 4s"),
                new(6, "fault-end", "us-east-1<->us-west-2", "partition"),
            ],
            [
                Series(MetricNames.ReplicaBehind, "us-west-2", 50, 60, 1_200, 12_400, 3_000, 400, 40),
                Series(MetricNames.WriteAvailability, "us-west-2", 1, 1, 0, 0, 0.5, 1, 1, 0.2, 1, 1),
            ]);

        Assert.That(Texts(result), Is.EqualTo(new[]
        {
            "00:02.0  caption  The hub loses the primary.",
            "00:02.0  fault    us-east-1<->us-west-2: partition for 4s",
            "00:03.0  lag      us-west-2 is 1.2 s behind",
            "00:03.0  writes   us-west-2 writes unavailable (availability 0 %)",
            "00:04.0  lag      us-west-2 is 12.4 s behind",
            "00:06.0  heal     us-east-1<->us-west-2: partition over",
            "00:06.0  lag      us-west-2 caught up (at most 12.4 s behind)",
            "00:06.0  writes   us-west-2 writes available again (availability 100 %)",
            "00:10.0  end      end of run",
        }));
    }

    [Test]
    public void Failover_events_and_a_burst_of_lost_updates_get_their_own_lines()
    {
        var result = Result(
            [
                new(3, "promotion", "us-west-2", "us-west-2/0 promoted to primary of epoch 2 at log position 10 (was us-east-1/0)"),
                new(8, "unreplicated-writes", "us-east-1", "us-east-1/0 had 954 write(s) committed from 1.2 s to 3 s that its successor never received; discarded at rejoin"),
            ],
            [Series(MetricNames.LostUpdates, "us-east-1", 0, 0, 900, 54, 0)],
            summary: [new SummaryRow(MetricNames.LostUpdates, "us-east-1", "writes", 954, null, null, null, null, null, null)]);

        Assert.That(Texts(result), Is.EqualTo(new[]
        {
            "00:03.0  promotion     us-west-2/0 promoted to primary of epoch 2 at log position 10 (was\n"
                + "                       us-east-1/0)",
            "00:04.0  lost          us-east-1: 954 acknowledged writes lost in 2.0 s",
            "00:08.0  unreplicated  us-east-1/0 had 954 write(s) committed from 1.2 s to 3 s that its successor\n"
                + "                       never received; discarded at rejoin",
            "00:10.0  end           end of run: 954 lost updates (us-east-1 954)",
        }));
    }

    [TestCase(0, false, "00:00.0")]
    [TestCase(59.96, false, "01:00.0")]
    [TestCase(754.25, false, "12:34.3")]
    [TestCase(21_600, true, "6:00:00.0")]
    [TestCase(3_725.5, true, "1:02:05.5")]
    public void Simulated_time_reads_as_minutes_and_seconds(double seconds, bool hours, string expected) =>
        Assert.That(ReplayText.Clock(seconds, hours), Is.EqualTo(expected));

    [Test]
    public void A_run_of_an_hour_or_more_shows_hours()
    {
        var result = Result([new(7_200, "narrative", "", "Two hours in.")], [], seconds: 21_600);

        Assert.That(Texts(result)[0], Is.EqualTo("2:00:00.0  caption  Two hours in."));
    }

    [Test]
    public void A_single_interval_of_availability_is_noise_until_the_next_confirms_it()
    {
        var result = Result([], [Series(MetricNames.ReadAvailability, "eu-west-1", 1, 0, 1, 0.5, 0.6, 0.99, 1, 0.2)]);

        Assert.That(Texts(result), Is.EqualTo(new[]
        {
            "00:04.0  reads  eu-west-1 reads degraded (availability 50 %)",
            "00:06.0  reads  eu-west-1 reads available again (availability 99 %)",
            "00:08.0  reads  eu-west-1 reads degraded (availability 20 %)",
            "00:10.0  end    end of run",
        }));
    }

    [Test]
    public void The_last_timeout_of_the_run_says_nothing_about_availability()
    {
        var result = Result([], [Series(MetricNames.WriteAvailability, "eu-west-1", 1, 0, 0, 0, 0, 0, 0, 0, 1, 1)]);

        Assert.That(ReplayTimeline.Build(result, timeoutSeconds: 2).Select(l => l.Text), Is.EqualTo(new[]
        {
            "00:02.0  writes  eu-west-1 writes unavailable (availability 0 %)",
            "00:10.0  end     end of run",
        }));
    }

    [Test]
    public void A_lag_that_hovers_around_a_second_does_not_flap()
    {
        var result = Result([], [Series(MetricNames.ReplicaBehind, "eu-west-1", 900, 1_050, 700, 1_100, 800, 1_000, 300)]);

        Assert.That(Texts(result), Is.EqualTo(new[]
        {
            "00:02.0  lag  eu-west-1 is 1.1 s behind",
            "00:07.0  lag  eu-west-1 caught up (at most 1.1 s behind)",
            "00:10.0  end  end of run",
        }));
    }
}
