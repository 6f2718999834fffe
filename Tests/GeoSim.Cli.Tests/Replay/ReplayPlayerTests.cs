using GeoSim.Cli.Replay;

namespace GeoSim.Cli.Tests.Replay;

public class ReplayPlayerTests
{
    private static readonly ReplayLine[] Lines =
    [
        new(2, ReplayTone.Trouble, "00:02.0  fault  a<->b: partition for 4s"),
        new(2, ReplayTone.Caption, "00:02.0  caption  The cut."),
        new(6, ReplayTone.Recovery, "00:06.0  heal   a<->b: partition over"),
        new(126, ReplayTone.Note, "02:06.0  end    end of run"),
    ];

    [Test]
    public void Paced_play_waits_the_simulated_gap_over_the_speed_and_skips_long_quiet_stretches()
    {
        var output = new StringWriter();
        var waits = new List<TimeSpan>();

        new ReplayPlayer(output, colour: false, waits.Add, () => "").Play(Lines, ReplayMode.Paced, speed: 4);

        Assert.Multiple(() =>
        {
            Assert.That(waits, Is.EqualTo(new[] { TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), ReplayPlayer.MaxWait }));
            Assert.That(output.ToString().Split(Environment.NewLine)[3], Is.EqualTo("         … 2.0 min later"));
        });
    }

    [Test]
    public void At_once_neither_waits_nor_colours()
    {
        var output = new StringWriter();
        var waits = new List<TimeSpan>();

        new ReplayPlayer(output, colour: false, waits.Add, () => throw new AssertionException("read a key")).Play(Lines, ReplayMode.AtOnce, 10);

        Assert.Multiple(() =>
        {
            Assert.That(waits, Is.Empty);
            Assert.That(output.ToString(), Is.EqualTo(string.Join("", Lines.Select(l => l.Text + Environment.NewLine))));
        });
    }

    [Test]
    public void Stepping_reads_one_enter_per_new_moment_and_plays_the_rest_at_once_when_input_ends()
    {
        var output = new StringWriter();
        var enters = new Queue<string?>(["", null]);
        var reads = 0;

        new ReplayPlayer(output, colour: false, _ => Assert.Fail("stepping never sleeps"), () => { reads++; return enters.Dequeue(); })
            .Play(Lines, ReplayMode.Step, 10);

        Assert.Multiple(() =>
        {
            Assert.That(reads, Is.EqualTo(2), "one Enter before 00:02 (both lines), one before 00:06; none after input ended");
            Assert.That(output.ToString().Split(Environment.NewLine).Count(l => l.Length > 0), Is.EqualTo(Lines.Length));
        });
    }

    [Test]
    public void On_a_terminal_each_line_is_coloured_by_its_tone_and_reset()
    {
        var output = new StringWriter();

        new ReplayPlayer(output, colour: true, _ => { }, () => "").Play(Lines.Take(1).ToList(), ReplayMode.AtOnce, 10);

        Assert.That(output.ToString(), Is.EqualTo("\e[31m00:02.0  fault  a<->b: partition for 4s\e[0m" + Environment.NewLine));
    }
}
