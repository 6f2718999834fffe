using System.Diagnostics;
using System.Globalization;

namespace GeoSim.Cli;

/// <summary>
/// One self-overwriting line of simulated progress, for runs long enough to wonder about (over
/// ~2 s of wall time). Silent when output is not a terminal: logs and pipes get only the summary.
/// </summary>
internal sealed class TerminalProgress : IProgress<double>
{
    private static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(200);

    private readonly TextWriter _terminal;
    private readonly string _label;
    private readonly double _durationSeconds;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastShown = TimeSpan.Zero;
    private int _width;

    private TerminalProgress(TextWriter terminal, string label, double durationSeconds)
    {
        _terminal = terminal;
        _label = label;
        _durationSeconds = durationSeconds;
    }

    /// <summary>A progress line on <paramref name="output"/> if it is the console on a terminal; else null.</summary>
    public static TerminalProgress? For(TextWriter output, string label, double durationSeconds) =>
        Terminal.IsConsole(output)
            ? new TerminalProgress(output, label, durationSeconds)
            : null;

    public void Report(double simulatedSeconds)
    {
        var now = _clock.Elapsed;
        if (now < ShowAfter || now - _lastShown < Every)
        {
            return;
        }
        _lastShown = now;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{_label}: {simulatedSeconds:0} / {_durationSeconds:0} s simulated ({100 * simulatedSeconds / _durationSeconds:0} %)");
        _width = Math.Max(_width, line.Length);
        _terminal.Write("\r" + line.PadRight(_width));
        _terminal.Flush();
    }

    /// <summary>Clears the line, if one was shown, so the summary starts on a clean line.</summary>
    public void Clear()
    {
        if (_width > 0)
        {
            _terminal.Write("\r" + new string(' ', _width) + "\r");
            _terminal.Flush();
        }
    }
}
