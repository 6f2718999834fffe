using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

public class QueryLoadingTests
{
    // Lines 1-15; the query's keys start on line 16.
    private const string Head = """
        name: t
        duration: 10s
        regions:
          - name: us-east-1
          - name: eu-west-1
          - name: eu-central-1
        network:
          default: { latency: 10ms }
        strategy:
          type: multi-master
        workload:
          clients:
            - { region: us-east-1, rate: 10/s }
          queries:
            - region: us-east-1
        """;

    private const string Query = """
              rate: 1/s
              scans:
                - { regions: [eu-west-1, eu-central-1], rows: 1e6 }
                - { regions: [eu-west-1] }
              rows: 2000
              selectivity: 0.1%
              row-size: 200B
              plan: push-down
        """;

    private static LoadResult Load(string query) => ScenarioLoader.Load(Head + "\n" + query, Errors.File);

    [Test]
    public void A_query_scans_each_region_holding_its_data_sets_rows_with_defaults_for_name_scan_rate_and_timeout()
    {
        var result = Load(Query);
        Assert.That(result.Errors, Is.Empty);
        var query = result.Scenario!.Workload.Queries.Single();
        Assert.Multiple(() =>
        {
            Assert.That(query.Name, Is.EqualTo("us-east-1-push-down"));
            Assert.That(query.RatePerSecond, Is.EqualTo(1));
            Assert.That(query.RowsByRegion(), Is.EqualTo(new[] { (new RegionId(1), 1_002_000L), (new RegionId(2), 1_000_000L) }));
            Assert.That(query.Selectivity, Is.EqualTo(0.001).Within(1e-15));
            Assert.That(query.RowSizeBytes, Is.EqualTo(200));
            Assert.That(query.Plan, Is.EqualTo(QueryPlan.PushDown));
            Assert.That(query.ScanRowsPerSecond, Is.EqualTo(1e6));
            Assert.That(query.Timeout.TotalSeconds, Is.EqualTo(30));
            Assert.That(query.RowsMoved(1_002_000), Is.EqualTo(1002), "matching rows, rounded up");
        });
    }

    [TestCase("selectivity: 0.1%", "selectivity: 150%", 21, 20, "selectivity must be between 0 and 1 (e.g. 0.9 or 90%), found 150%")]
    [TestCase("plan: push-down", "plan: pushdown", 23, 13, "unknown plan 'pushdown'; did you mean 'push-down'?")]
    [TestCase("rows: 2000", "rows: 2.5", 20, 13, "rows must be a whole number between 1 and 1e12 (e.g. 1e6), found 2.5")]
    [TestCase("rows: 2000", "rows: -1", 20, 13, "rows must be a whole number between 1 and 1e12 (e.g. 1e6), found -1")]
    [TestCase("[eu-west-1, eu-central-1]", "[eu-west-1, eu-centrl-1]", 18, 34, "unknown region 'eu-centrl-1'; did you mean 'eu-central-1'?")]
    [TestCase("- { regions: [eu-west-1] }", "- eu-profiles", 19, 11, "scans names 'eu-profiles', but data classes are not part of the format yet: give the regions holding the data, { regions: [...], rows: N }")]
    [TestCase("row-size: 200B", "row-size: 20KB", 22, 17, "this query moves 2.004e10 bytes from eu-west-1 in one reply; at most 2147483647 B: fewer rows, smaller rows or push-down")]
    public void Bad_query_values_are_reported_at_their_value(string from, string to, int line, int column, string message)
    {
        var yaml = Head + "\n" + Query.Replace(from, to);
        if (to.StartsWith("row-size", StringComparison.Ordinal))
        {
            yaml = yaml.Replace("plan: push-down", "plan: pull");
        }
        Errors.AssertContains(yaml, line, column, message);
    }

    [Test]
    public void A_scan_needs_rows_and_two_queries_need_two_names()
    {
        Errors.AssertContains(Head + "\n" + Query.Replace("      rows: 2000\n", ""), 19, 11, "a scans entry needs rows: give rows here or in the query");
        var twice = Head + "\n" + Query + "\n    - region: us-east-1\n" + Query;
        Errors.AssertContains(twice, 24, 7, "two queries are named 'us-east-1-push-down': give each a name of its own");
    }
}
