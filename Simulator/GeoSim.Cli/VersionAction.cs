using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace GeoSim.Cli;

/// <summary>
/// <c>geosim --version</c>: GeoSim's own version (and the commit it was built from), whichever
/// process hosts it; the built-in action reports the entry assembly's, which in-process is not GeoSim.
/// </summary>
internal sealed class VersionAction(TextWriter output) : SynchronousCommandLineAction
{
    public static string Version =>
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public override int Invoke(ParseResult parseResult)
    {
        output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
