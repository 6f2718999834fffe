using System.Diagnostics;
using GeoSim.Reports;

namespace GeoSim.Cli;

/// <summary>
/// The crash test of the output write: with <c>GEOSIM_FAULT_KILL_AT=STEP</c> (an
/// <see cref="OutputStep"/> name) the process kills itself with SIGKILL just before that step,
/// as a power cut or the OOM killer would, leaving the files exactly as they are at that moment.
/// </summary>
internal static class OutputFaultHook
{
    public const string Variable = "GEOSIM_FAULT_KILL_AT";

    public static Action<OutputStep> FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (!Enum.TryParse<OutputStep>(value, ignoreCase: true, out var killAt))
        {
            return _ => { };
        }
        return step =>
        {
            if (step == killAt)
            {
                using var self = Process.GetCurrentProcess();
                self.Kill();
            }
        };
    }
}
