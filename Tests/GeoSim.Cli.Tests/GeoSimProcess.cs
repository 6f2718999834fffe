using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GeoSim.Cli.Tests;

/// <summary>
/// The built <c>geosim</c> executable as a separate process: for what needs a real process (its own
/// current folder, signals, a kill in the middle of a write).
/// </summary>
internal sealed class GeoSimProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _error;
    private readonly System.Text.StringBuilder _output = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private GeoSimProcess(string workingFolder, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(TestContext.CurrentContext.TestDirectory, "geosim"), args)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        _process = Process.Start(start)!;
        _error = _process.StandardError.ReadToEndAsync();
    }

    public static GeoSimProcess Start(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        new(workingFolder, environment, args);

    public static (int Exit, string Out, string Err, TimeSpan Elapsed) Run(string workingFolder, params string[] args) =>
        Run(workingFolder, new Dictionary<string, string>(), args);

    public static (int Exit, string Out, string Err, TimeSpan Elapsed) Run(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(workingFolder, environment, args);
        return process.Finish();
    }

    /// <summary>Reads standard output until a line starting with <paramref name="prefix"/> (false if the process ended first).</summary>
    public bool WaitForLine(string prefix)
    {
        while (_process.StandardOutput.ReadLine() is { } line)
        {
            _output.AppendLine(line);
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Waits until the process has had <paramref name="cpu"/> of processor time (or a minute has
    /// passed): on a loaded machine wall time says little about how far a run has got.
    /// </summary>
    public void WaitForCpu(TimeSpan cpu)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (!_process.HasExited && DateTime.UtcNow < deadline)
        {
            _process.Refresh();
            if (_process.TotalProcessorTime >= cpu)
            {
                return;
            }
            Thread.Sleep(50);
        }
    }

    public void Signal(int signal) => Assert.That(kill(_process.Id, signal), Is.Zero, $"kill({_process.Id}, {signal})");

    public (int Exit, string Out, string Err, TimeSpan Elapsed) Finish()
    {
        _output.Append(_process.StandardOutput.ReadToEnd());
        if (!_process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            _process.Kill();
            Assert.Fail("geosim did not finish within 120 s");
        }
        return (_process.ExitCode, _output.ToString(), _error.Result, _clock.Elapsed);
    }

    public void Dispose() => _process.Dispose();

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
