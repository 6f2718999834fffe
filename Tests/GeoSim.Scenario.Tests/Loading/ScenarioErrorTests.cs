namespace GeoSim.Scenario.Tests.Loading;

/// <summary>One test per kind of mistake: the position and the wording are part of the contract.</summary>
public class ScenarioErrorTests
{
    [Test]
    public void Unknown_key_suggests_the_closest_one()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("duration: 10s", "duratoin: 10s"), 2, 1, "unknown key 'duratoin'; did you mean 'duration'?");
    }

    [Test]
    public void Unknown_key_without_a_close_match_lists_the_valid_ones()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("  - name: us-east-1", "  - name: us-east-1\n    size: 3"),
            5, 5, "unknown key 'size'; expected one of name, nodes, jurisdiction");
    }

    [Test]
    public void A_primary_region_without_nodes()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("  - name: us-east-1", "  - name: us-east-1\n    nodes: 0"),
            12, 12, "the primary region 'us-east-1' has no nodes (nodes: 0); it needs at least one");
    }

    [Test]
    public void A_duration_without_a_unit()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("duration: 10s", "duration: 40"), 2, 11, "40: a duration needs a unit, e.g. 40ms");
    }

    [Test]
    public void Missing_required_key_is_reported_at_its_mapping()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("duration: 10s\n", ""), 1, 1, "missing required key 'duration' in the scenario");
    }

    [Test]
    public void Unknown_region_in_a_link()
    {
        Errors.AssertSingle("""
            name: t
            duration: 10s
            regions:
              - name: us-east-1
              - name: eu-west-1
            network:
              links:
                - between: [us-east-1, eu-west1]
                  latency: 35ms
            workload:
              clients:
                - region: us-east-1
                  rate: 100/s
            strategy:
              type: primary-replica
              primary: us-east-1
            """, 8, 28, "unknown region 'eu-west1'; did you mean 'eu-west-1'?");
    }

    [Test]
    public void Unknown_region_in_a_client()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("- region: us-east-1", "- region: us-est-1"), 7, 15, "unknown region 'us-est-1'; did you mean 'us-east-1'?");
    }

    [TestCase("0/s")]
    [TestCase("-5/s")]
    public void Rate_must_be_positive(string rate)
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("rate: 100/s", $"rate: {rate}"), 8, 13, "rate must be > 0");
    }

    [TestCase("1.5")]
    [TestCase("-0.1")]
    [TestCase("120%")]
    public void Read_fraction_outside_0_to_1(string fraction)
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("rate: 100/s", $"rate: 100/s\n      read-fraction: {fraction}"),
            9, 22, $"read-fraction must be between 0 and 1 (e.g. 0.9 or 90%), found {fraction}");
    }

    [Test]
    public void Unknown_strategy_type_lists_the_valid_ones()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("type: primary-replica", "type: leaderless"),
            10, 9, "unknown strategy type 'leaderless'; expected one of primary-replica, multi-master, cascade, quorum, consensus");
    }

    [Test]
    public void Unknown_distribution_points_into_the_expression()
    {
        Errors.AssertSingle(Scenarios.Minimal + "network:\n  default:\n    latency: 38ms + gamma(shape=2)\n",
            14, 21, "unknown distribution 'gamma'; expected one of constant, uniform, normal, lognormal, exponential, pareto, mixture, empirical");
    }

    [Test]
    public void Yaml_syntax_error_becomes_one_error_at_its_position()
    {
        Errors.AssertSingle("name: t\nduration: \"10s\n", 2, 11, "While scanning a quoted scalar, found unexpected end of stream.");
    }

    [Test]
    public void Unclosed_flow_list_is_reported_at_its_bracket()
    {
        // YamlDotNet throws InvalidOperationException here rather than a YamlException.
        Errors.AssertSingle("name: t\nregions: [a, b\nduration: 10s\n", 2, 10, "this '[' or '{' is never closed");
    }

    [Test]
    public void Malformed_tag_is_reported_after_the_last_good_token()
    {
        // YamlDotNet throws ArgumentException here rather than a YamlException.
        Errors.AssertSingle("name: t\nduration: !<> 10s\n", 2, 9, "invalid YAML after this point");
    }

    [Test]
    public void Duplicate_key()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("duration: 10s", "duration: 10s\nduration: 20s"), 3, 1, "duplicate key 'duration'; it is already set at line 2");
    }

    [Test]
    public void Several_errors_are_reported_at_once_in_file_order()
    {
        var errors = Errors.Of("""
            name: my scenario
            duratoin: 10s
            regions:
              - name: us-east-1
                nodes: 65
            workload:
              clients:
                - region: eu-west-1
                  rate: 0/s
                  consistency: strong
            strategy:
              type: primary-replica
              primary: us-east-1
              replication: quorum
            """);

        Assert.That(errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"), Is.EqualTo(new[]
        {
            "1:7 name may hold only letters, digits and '-', found 'my scenario'",
            "2:1 unknown key 'duratoin'; did you mean 'duration'?",
            "5:12 nodes must be between 0 and 64, found 65",
            "8:15 unknown region 'eu-west-1'; expected one of us-east-1",
            "9:13 rate must be > 0",
            "10:20 unknown consistency 'strong'; expected one of eventual, read-your-writes, monotonic-reads",
            "14:16 unknown replication 'quorum'; expected one of async, semi-sync, sync",
        }));
    }
}
