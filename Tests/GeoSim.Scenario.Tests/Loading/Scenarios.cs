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
}
