using System.Diagnostics;

namespace GeoSim.Cli.Tests.Fuzz;

/// <summary>Runs the built <c>geosim</c> as its own process, so that a run that hangs can be killed at its time bound.</summary>
internal static class ChildProcess
{
    /// <returns>The exit code (null when it was killed at the bound) and what it printed on stderr.</returns>
    public static (int? Exit, string Err) RunGeoSim(IReadOnlyList<string> args, string workingDirectory, TimeSpan bound)
    {
        var directory = TestContext.CurrentContext.TestDirectory;
        var appHost = Path.Combine(directory, OperatingSystem.IsWindows() ? "geosim.exe" : "geosim");
        var start = File.Exists(appHost)
            ? new ProcessStartInfo(appHost)
            : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(directory, "geosim.dll") } };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(bound))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (null, error.Result);
        }
        _ = output.Result;
        return (process.ExitCode, error.Result);
    }
}
