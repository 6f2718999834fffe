namespace GeoSim.Cli;

/// <summary>The exit codes of SCENARIO-FORMAT.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InternalError = 1;
    public const int BadInput = 2;
    public const int CheckFailed = 3;
    public const int Interrupted = 130;
    public const int Terminated = 143;
}
