namespace GeoSim.Scenario.Tests.Loading;

/// <summary>Top-level checks: the document itself, names, regions and times.</summary>
public class ScenarioShapeTests
{
    [Test]
    public void An_empty_file()
    {
        Errors.AssertSingle("# nothing here\n", 1, 1, "the scenario file is empty");
    }

    [Test]
    public void A_document_that_is_not_a_mapping()
    {
        Errors.AssertSingle("- name: t\n", 1, 1, "a scenario is a mapping of keys such as name, duration, regions; found a list");
    }

    [Test]
    public void A_second_document()
    {
        Errors.AssertSingle(Scenarios.Minimal + "---\nname: u\n", 12, 1, "a scenario file holds one YAML document; remove this '---' and what follows");
    }

    [Test]
    public void A_value_of_the_wrong_shape()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("regions:\n  - name: us-east-1", "regions: us-east-1"), 3, 10,
            "regions expects a list with at least one item, found 'us-east-1'");
    }

    [Test]
    public void An_empty_list_where_one_item_is_needed()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("regions:\n  - name: us-east-1", "regions: []"), 3, 10,
            "regions expects a list with at least one item, found an empty list");
    }

    [Test]
    public void Warmup_must_be_shorter_than_duration()
    {
        Errors.AssertSingle(Scenarios.Minimal + "warmup: 10s\n", 12, 9, "warmup (10s) must be shorter than duration (10s)");
    }

    [Test]
    public void Duplicate_region()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("  - name: us-east-1", "  - name: us-east-1\n  - name: us-east-1"), 5, 11,
            "duplicate region 'us-east-1'; it is already defined at line 4");
    }

    [Test]
    public void A_region_cannot_be_called_all()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("  - name: us-east-1", "  - name: us-east-1\n  - name: all"), 5, 11,
            "'all' is reserved (clients use `region: all` for every region); choose another name");
    }

    [Test]
    public void An_error_inside_a_quoted_value_counts_the_quote()
    {
        Errors.AssertSingle(Scenarios.Minimal + "network:\n  default:\n    latency: \"38ms + gamma(k=1)\"\n", 14, 22,
            "unknown distribution 'gamma'; expected one of constant, uniform, normal, lognormal, exponential, pareto, mixture, empirical");
    }
}
