using System.Diagnostics;
using System.Runtime.InteropServices;
using GeoSim.Reports;

namespace GeoSim.Cli;

/// <summary>
/// The crash tests of the output write. <c>GEOSIM_FAULT_AT=STEP</c> (an <see cref="OutputStep"/>
/// name) makes the process kill itself with SIGKILL just before that step, as a power cut or the
/// OOM killer would, leaving the files exactly as they are at that moment;
/// <c>GEOSIM_FAULT_AT=STEP:sigterm</c> sends it SIGTERM there instead, as a service manager would.
/// </summary>
internal static class OutputFaultHook
{
    public const string Variable = "GEOSIM_FAULT_AT";
    private const int SigTerm = 15;

    public static Action<OutputStep> FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(Variable)?.Split(':');
        if (value is null || !Enum.TryParse<OutputStep>(value[0], ignoreCase: true, out var at))
        {
            return _ => { };
        }
        var terminate = value.Length > 1 && value[1] == "sigterm";
        return step =>
        {
            if (step != at)
            {
                return;
            }
            if (terminate)
            {
                _ = kill(Environment.ProcessId, SigTerm);
                return;
            }
            using var self = Process.GetCurrentProcess();
            self.Kill();
        };
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
