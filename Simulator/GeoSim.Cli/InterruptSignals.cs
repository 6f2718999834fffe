using System.Runtime.InteropServices;

namespace GeoSim.Cli;

/// <summary>
/// Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation of the run instead of an abrupt exit, so
/// the results simulated so far are still written (marked partial), and remembers which came
/// first for the exit code: 130 for Ctrl-C, 143 for SIGTERM, as a shell reports a signal's death.
/// </summary>
internal sealed class InterruptSignals : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _exitCode;

    public InterruptSignals() =>
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, ExitCodes.Interrupted)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, ExitCodes.Terminated)),
        ];

    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code the first signal calls for, or null when none came.</summary>
    public int? ExitCode => Volatile.Read(ref _exitCode) is var code and not 0 ? code : null;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _cancel.Dispose();
    }

    private void Stop(PosixSignalContext context, int exitCode)
    {
        context.Cancel = true;
        Interlocked.CompareExchange(ref _exitCode, exitCode, 0);
        _cancel.Cancel();
    }
}
