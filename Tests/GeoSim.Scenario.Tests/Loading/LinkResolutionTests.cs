using GeoSim.Core.Distributions;

namespace GeoSim.Scenario.Tests.Loading;

public class LinkResolutionTests
{
    private const double Ms = 1_000_000;

    private static string WithRegions(string network, params string[] regions) =>
        "name: t\nduration: 10s\nregions:\n"
        + string.Concat(regions.Select(r => $"  - name: {r}\n"))
        + network
        + $"workload:\n  clients:\n    - region: all\n      rate: 10/s\nstrategy:\n  type: primary-replica\n  primary: {regions[0]}\n";

    [Test]
    public void Every_ordered_pair_gets_one_link_including_the_diagonal()
    {
        var scenario = Loaded.Scenario(WithRegions("network:\n  default:\n    latency: 50ms\n", "a", "b", "c"));

        Assert.That(scenario.Network.Links.Select(l => $"{scenario.RegionName(l.From)}->{scenario.RegionName(l.To)}"), Is.EqualTo(new[]
        {
            "a->a", "a->b", "a->c", "b->a", "b->b", "b->c", "c->a", "c->b", "c->c",
        }));
    }

    [Test]
    public void A_link_is_symmetric_and_falls_back_to_the_default_for_bandwidth_and_loss()
    {
        var scenario = Loaded.Scenario(WithRegions("""
            network:
              default:
                latency: 80ms
                bandwidth: 1Gbps
                loss: 0.1%
              links:
                - between: [a, b]
                  latency: 35ms + exponential(mean=1ms)
                  loss: 0.01%

            """, "a", "b", "c"));

        var expected = new SumDistribution([new ConstantDistribution(35 * Ms), new ExponentialDistribution(Ms)]);
        Assert.That(scenario.Link("a", "b"), Is.EqualTo(new Core.Spec.LinkSpec(scenario.Region("a"), scenario.Region("b"), expected, 1e9, 0.0001)));
        Assert.That(scenario.Link("b", "a"), Is.EqualTo(new Core.Spec.LinkSpec(scenario.Region("b"), scenario.Region("a"), expected, 1e9, 0.0001)));
        Assert.That(scenario.Link("a", "c"), Is.EqualTo(new Core.Spec.LinkSpec(scenario.Region("a"), scenario.Region("c"), new ConstantDistribution(80 * Ms), 1e9, 0.001)));
    }

    [Test]
    public void A_one_way_link_sets_only_its_own_direction()
    {
        var scenario = Loaded.Scenario(WithRegions("""
            network:
              default:
                latency: 50ms
              links:
                - between: [a, b]
                  latency: 10ms
                  one-way: true

            """, "a", "b"));

        Assert.That(scenario.Link("a", "b").Latency, Is.EqualTo(new ConstantDistribution(10 * Ms)));
        Assert.That(scenario.Link("b", "a").Latency, Is.EqualTo(new ConstantDistribution(50 * Ms)));
    }

    [Test]
    public void The_aws_preset_gives_half_the_median_rtt_of_each_direction()
    {
        var scenario = Loaded.Scenario(WithRegions("network:\n  preset: aws\n", "us-east-1", "eu-west-1"));

        // RTT p50 69.558 ms (69.644 ms the other way) and 5.349 ms in the matrix; one way is half, to the nanosecond.
        Assert.That(scenario.Link("us-east-1", "eu-west-1").Latency, Is.EqualTo(new ConstantDistribution(34_779_000)));
        Assert.That(scenario.Link("eu-west-1", "us-east-1").Latency, Is.EqualTo(new ConstantDistribution(34_822_000)));
        Assert.That(scenario.Link("us-east-1", "us-east-1").Latency, Is.EqualTo(new ConstantDistribution(2_674_500)));
        Assert.That(scenario.Link("us-east-1", "eu-west-1").BandwidthBitsPerSecond, Is.Zero, "unlimited when nothing sets it");
    }

    [Test]
    public void A_link_beats_the_preset_and_the_preset_beats_the_default()
    {
        var scenario = Loaded.Scenario(WithRegions("""
            network:
              preset: aws
              default:
                latency: 99ms
              links:
                - between: [us-east-1, eu-west-1]
                  latency: 30ms

            """, "us-east-1", "eu-west-1", "ap-southeast-1", "on-prem-1"));

        Assert.That(scenario.Link("eu-west-1", "us-east-1").Latency, Is.EqualTo(new ConstantDistribution(30 * Ms)));
        Assert.That(scenario.Link("us-east-1", "ap-southeast-1").Latency, Is.EqualTo(new ConstantDistribution(109_556_000)));
        Assert.That(scenario.Link("on-prem-1", "us-east-1").Latency, Is.EqualTo(new ConstantDistribution(99 * Ms)), "not in the preset");
    }

    [Test]
    public void Intra_region_comes_from_its_section_else_the_preset_else_half_a_millisecond()
    {
        var configured = Loaded.Scenario(WithRegions("network:\n  preset: aws\n  intra-region:\n    latency: 0.2ms\n    bandwidth: 25Gbps\n", "us-east-1"));
        var fallback = Loaded.Scenario(WithRegions("network:\n  default:\n    latency: 50ms\n    bandwidth: 1Gbps\n", "on-prem-1"));

        Assert.That(configured.Link("us-east-1", "us-east-1"), Is.EqualTo(new Core.Spec.LinkSpec(configured.Region("us-east-1"), configured.Region("us-east-1"), new ConstantDistribution(200_000), 25e9, 0)));
        Assert.That(fallback.Link("on-prem-1", "on-prem-1"), Is.EqualTo(new Core.Spec.LinkSpec(fallback.Region("on-prem-1"), fallback.Region("on-prem-1"), new ConstantDistribution(500_000), 0, 0)));
    }

    [Test]
    public void A_link_without_latency_takes_the_default_latency_but_keeps_its_own_bandwidth()
    {
        var scenario = Loaded.Scenario(WithRegions("""
            network:
              default:
                latency: 50ms
                bandwidth: 1Gbps
              links:
                - between: [a, b]
                  bandwidth: 10Gbps

            """, "a", "b"));

        Assert.That(scenario.Link("a", "b"), Is.EqualTo(new Core.Spec.LinkSpec(scenario.Region("a"), scenario.Region("b"), new ConstantDistribution(50 * Ms), 1e10, 0)));
    }

    [Test]
    public void Retransmit_after_defaults_to_200ms()
    {
        var scenario = Loaded.Scenario(WithRegions("", "a"));

        Assert.That(scenario.Network.RetransmitAfter, Is.EqualTo(Core.Engine.SimDuration.FromMilliseconds(200)));
    }

    [Test]
    public void A_pair_without_any_latency_is_reported_once_with_a_hint()
    {
        var errors = Errors.Of(WithRegions("network:\n  retransmit-after: 1s\n", "a", "b"));

        Assert.That(errors, Is.EqualTo(new[]
        {
            new ScenarioError(Errors.File, 7, 3, "no latency for a -> b, b -> a; set network.default.latency or add the pair to network.links"),
        }));
    }

    [Test]
    public void With_no_valid_region_names_are_still_compared_and_named_in_messages()
    {
        // The one region is invalid, so no name can be checked; a link and a fault from a region
        // to itself are still reported, with the name as written.
        var errors = Errors.Of("""
            name: t
            duration: 10s
            regions:
              - name: bad_name
            network:
              links:
                - between: [x, x]
                  latency: 1ms
            faults:
              - { type: partition, at: 1s, for: 1s, between: [y, y] }

            """);

        Assert.That(errors.Where(e => e.Line > 1).Select(e => (e.Line, e.Column, e.Message)), Is.EqualTo(new[]
        {
            (4, 11, "a region name may hold only letters, digits and '-', found 'bad_name'"),
            (7, 16, "a link joins two different regions; for links inside x use network.intra-region"),
            (10, 54, "partition needs two different regions, found 'y' twice"),
        }));
    }

    [Test]
    public void Without_a_network_section_missing_latencies_are_reported_at_the_regions()
    {
        var errors = Errors.Of(WithRegions("", "a", "b", "c", "d"));

        Assert.That(errors, Is.EqualTo(new[]
        {
            new ScenarioError(Errors.File, 4, 3,
                "no latency for a -> b, a -> c, a -> d, b -> a and 8 more; set network.default.latency or add the pair to network.links"),
        }));
    }

    [Test]
    public void A_link_without_latency_and_nothing_to_fall_back_on_is_reported_at_the_link()
    {
        Errors.AssertSingle(WithRegions("""
            network:
              links:
                - between: [a, b]
                  bandwidth: 1Gbps

            """, "a", "b"), 8, 16, "this link needs a latency: neither network.preset nor network.default gives one for a -> b");
    }

    [Test]
    public void Unknown_preset_lists_the_valid_ones()
    {
        Errors.AssertSingle(WithRegions("network:\n  preset: gcp\n  default:\n    latency: 1ms\n", "a"), 6, 11, "unknown network preset 'gcp'; valid presets: aws");
    }

    [Test]
    public void The_same_direction_given_twice_is_an_error()
    {
        Errors.AssertSingle(WithRegions("""
            network:
              links:
                - between: [a, b]
                  latency: 10ms
                - between: [b, a]
                  latency: 20ms
                  one-way: true

            """, "a", "b"), 10, 16, "the link b -> a is already given at line 8");
    }
}
