namespace GeoSim.Reports;

/// <summary>The <c>environment</c> object of run.json; the declaration order is the key order.</summary>
internal sealed record RunJsonEnvironment(
    string GeosimVersion,
    string Os,
    string Architecture,
    string DotnetRuntime);
