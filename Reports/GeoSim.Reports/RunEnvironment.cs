using System.Runtime.InteropServices;

namespace GeoSim.Reports;

/// <summary>Where a run was made, for run.json: results are the same on any machine, but a wall time is not.</summary>
/// <param name="Os">The operating system and its version, as .NET describes it.</param>
/// <param name="Architecture">The processor architecture, e.g. <c>x64</c>, <c>arm64</c>.</param>
/// <param name="DotnetRuntime">The .NET runtime, e.g. <c>.NET 10.0.0</c>.</param>
public sealed record RunEnvironment(string Os, string Architecture, string DotnetRuntime)
{
    /// <summary>The environment of this process.</summary>
    public static RunEnvironment Current { get; } = new(
        RuntimeInformation.OSDescription,
        RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant(),
        RuntimeInformation.FrameworkDescription);
}
