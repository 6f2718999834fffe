using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

public class CostLoadingTests
{
    private static readonly RegionId UsEast = new(0), Singapore = new(1), Ireland = new(2);

    // Lines 1-14; a cost block starts on line 15.
    private const string Head = """
        name: t
        duration: 10s
        regions:
          - name: us-east-1
          - name: ap-southeast-1
          - name: eu-west-1
        network:
          preset: aws
        workload:
          clients:
            - region: us-east-1
              rate: 10/s
        strategy:
          type: multi-master
        """;

    private static LoadResult Load(string cost, string head = Head) => ScenarioLoader.Load(head + "\n" + cost, "t.yaml");

    private static double Price(LoadResult result, RegionId from, RegionId to) => result.Scenario!.Cost!.EgressUsdPerGb[from.Index * 3 + to.Index];

    [Test]
    public void The_aws_preset_prices_each_gb_by_its_sending_region()
    {
        var result = Load("");
        Assert.That(result.Errors, Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(Price(result, UsEast, Singapore), Is.EqualTo(0.02));
            Assert.That(Price(result, Singapore, UsEast), Is.EqualTo(0.09));
            Assert.That(Price(result, Ireland, Singapore), Is.EqualTo(0.02));
            Assert.That(Price(result, UsEast, UsEast), Is.Zero, "traffic inside a region is not egress");
        });
    }

    [Test]
    public void A_default_replaces_every_price_and_a_link_its_pair_in_both_directions_unless_one_way()
    {
        var result = Load("""
            cost:
              egress-usd-per-gb:
                default: 0.05
                links:
                  - { between: [us-east-1, eu-west-1], usd: 0.01 }
                  - { between: [ap-southeast-1, us-east-1], usd: 0.12, one-way: true }
            """);
        Assert.That(result.Errors, Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(Price(result, UsEast, Ireland), Is.EqualTo(0.01));
            Assert.That(Price(result, Ireland, UsEast), Is.EqualTo(0.01));
            Assert.That(Price(result, Singapore, UsEast), Is.EqualTo(0.12));
            Assert.That(Price(result, UsEast, Singapore), Is.EqualTo(0.05));
            Assert.That(Price(result, Ireland, Singapore), Is.EqualTo(0.05));
        });
    }

    [Test]
    public void One_figure_prices_every_pair_and_without_preset_or_cost_there_is_no_cost()
    {
        var noPreset = Head.Replace("  preset: aws", "  default: { latency: 10ms }");
        var flat = Load("cost: { egress-usd-per-gb: 0.03 }", noPreset);
        Assert.Multiple(() =>
        {
            Assert.That(flat.Errors, Is.Empty);
            Assert.That(Price(flat, Singapore, UsEast), Is.EqualTo(0.03));
            Assert.That(Load("", noPreset).Scenario!.Cost, Is.Null);
        });
    }

    [TestCase("cost: { egress-usd-per-gb: -1 }", 15, 28, "egress-usd-per-gb must be a price in USD per GB between 0 and 100 (e.g. 0.02), found -1")]
    [TestCase("cost: { egress-usd-per-gb: 2c }", 15, 28, "egress-usd-per-gb must be a price in USD per GB between 0 and 100 (e.g. 0.02), found 2c")]
    [TestCase("cost: { egress-usd-per-gb: { links: [{ between: [us-east-1, mars-1], usd: 1 }] } }", 15, 61, "unknown region 'mars-1'; expected one of us-east-1, ap-southeast-1, eu-west-1")]
    [TestCase("cost: { egress-usd-per-gb: { links: [{ between: [us-east-1, eu-west-1] }] } }", 15, 38, "missing required key 'usd' in a links entry")]
    [TestCase("cost: { egress-usd-per-gb: { dflt: 1 } }", 15, 30, "unknown key 'dflt'; expected one of default, links")]
    [TestCase("cost: { egress: 1 }", 15, 9, "unknown key 'egress'; did you mean 'egress-usd-per-gb'?")]
    public void Bad_cost_blocks_are_reported_at_their_value(string cost, int line, int column, string message) =>
        Assert.That(Load(cost).Errors.Select(e => (e.Line, e.Column, e.Message)), Does.Contain((line, column, message)),
            string.Join("\n", Load(cost).Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}")));

    [Test]
    public void Without_the_preset_every_pair_needs_a_price()
    {
        var noPreset = Head.Replace("  preset: aws", "  default: { latency: 10ms }");
        var result = Load("cost:\n  egress-usd-per-gb:\n    links: [{ between: [us-east-1, eu-west-1], usd: 0.02 }]", noPreset);
        Assert.That(result.Errors.Select(e => (e.Line, e.Column, e.Message)), Does.Contain((17, 5,
            "egress-usd-per-gb gives no price for us-east-1 -> ap-southeast-1; add default: USD per GB")));
    }
}
