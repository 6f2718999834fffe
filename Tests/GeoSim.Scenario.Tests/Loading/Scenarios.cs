using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

/// <summary>Scenario texts shared by tests; line numbers matter, so edits append or replace whole lines.</summary>
internal static class Scenarios
{
    /// <summary>The smallest valid scenario (11 lines).</summary>
    public const string Minimal = """
        name: t
        duration: 10s
        regions:
          - name: us-east-1
        workload:
          clients:
            - region: us-east-1
              rate: 100/s
        strategy:
          type: primary-replica
          primary: us-east-1

        """;

    /// <summary>
    /// Five regions, the first with three nodes, and a ten-minute run (19 lines): sections that
    /// name regions and times are appended from line 20.
    /// </summary>
    public const string FiveRegions = """
        name: t
        duration: 10m
        regions:
          - name: us-east-1
            nodes: 3
          - name: us-west-2
          - name: eu-west-1
          - name: eu-central-1
          - name: ap-south-1
        network:
          default:
            latency: 40ms
        workload:
          clients:
            - region: us-east-1
              rate: 100/s
        strategy:
          type: primary-replica
          primary: us-east-1

        """;

    private static readonly string[] FiveRegionNames = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-south-1"];

    /// <summary>The id the loader gives a region of <see cref="FiveRegions"/>: its place in the list.</summary>
    public static RegionId InFiveRegions(string name)
    {
        var index = Array.IndexOf(FiveRegionNames, name);
        return index >= 0 ? new RegionId(index) : throw new ArgumentException($"{name} is not one of the five regions", nameof(name));
    }
}
