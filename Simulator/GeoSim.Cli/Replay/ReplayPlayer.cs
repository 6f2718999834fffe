namespace GeoSim.Cli.Replay;

/// <summary>
/// Prints a timeline, pacing it on the wall clock: the only place the replay waits. Waiting and
/// reading Enter are handed in, so the pacing can be tested without sleeping.
/// </summary>
internal sealed class ReplayPlayer(TextWriter output, bool colour, Action<TimeSpan> wait, Func<string?> readLine)
{
    /// <summary>The longest pause between two entries: a quiet stretch is skipped with a "… later" line instead.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(3);

    public void Play(IReadOnlyList<ReplayLine> lines, ReplayMode mode, double speed)
    {
        var previous = 0.0;
        foreach (var line in lines)
        {
            var gapSeconds = line.TimeSeconds - previous;
            previous = line.TimeSeconds;
            if (mode == ReplayMode.Paced && gapSeconds > 0)
            {
                Pause(gapSeconds, speed, line.Text.IndexOf(' ') + 2);
            }
            else if (mode == ReplayMode.Step && gapSeconds > 0 && readLine() is null)
            {
                mode = ReplayMode.AtOnce; // input ended: nobody is left to press Enter
            }
            Write(line.Tone, line.Text);
        }
    }

    private void Pause(double gapSeconds, double speed, int indent)
    {
        var wall = TimeSpan.FromSeconds(gapSeconds / speed);
        if (wall > MaxWait)
        {
            Write(ReplayTone.Note, $"{new string(' ', Math.Max(0, indent))}… {ReplayText.Duration(gapSeconds * 1000)} later");
            wall = MaxWait;
        }
        wait(wall);
    }

    private void Write(ReplayTone tone, string text)
    {
        output.WriteLine(colour ? $"{Ansi(tone)}{text}\e[0m" : text);
        output.Flush();
    }

    private static string Ansi(ReplayTone tone) => tone switch
    {
        ReplayTone.Caption => "\e[1m",
        ReplayTone.Trouble => "\e[31m",
        ReplayTone.Recovery => "\e[32m",
        ReplayTone.Loss => "\e[35m",
        ReplayTone.Action => "\e[36m",
        _ => "\e[2m",
    };
}
