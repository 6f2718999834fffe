using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

public class FormatExampleTests
{
    /// <summary>The scenario example of SCENARIO-FORMAT.md, verbatim.</summary>
    private const string Example = """
        name: three-region-async          # required; letters, digits, '-'
        description: >                    # optional; shown in reports
          Primary in us-east-1, read replicas in Europe and Asia.
        seed: 42                          # optional, default 1; `--seed` overrides
        duration: 10m                     # required: simulated time
        warmup: 30s                       # optional: metrics ignore this first part

        regions:                          # required, at least one
          - name: us-east-1
            nodes: 3                      # replicas inside the region (default 1)
            jurisdiction: us              # optional; used by residency rules
          - name: eu-west-1
            jurisdiction: eu
          - name: ap-southeast-1

        network:
          preset: aws                     # optional: median RTT matrix for known region names
                                          # (one-way latency = RTT/2 unless a link overrides it)
          default:                        # every ordered region pair not covered otherwise
            latency: lognormal(median=80ms, sigma=0.2)     # ONE-WAY
            bandwidth: 1Gbps
            loss: 0
          intra-region:
            latency: 0.5ms
          links:                          # symmetric unless `one-way: true`
            - between: [us-east-1, eu-west-1]
              latency: 35ms + exponential(mean=1ms)
              bandwidth: 10Gbps
              loss: 0.01%

        clocks:                           # physical clocks of the nodes
          default:
            offset: normal(mean=0ms, stddev=1ms)   # drawn once per node
            drift: 10ppm
            sync-every: 64s               # NTP-like resync resets offset to within sync-error
            sync-error: 1ms               # (no sync-every: the clock is never corrected)
          regions:
            eu-west-1: { offset: 250ms }

        workload:
          keys: 100000
          key-distribution: zipf(1.1)     # uniform | zipf(s) | hotspot(keys=1%, share=90%)
          value-size: 1KB
          clients:                        # open-loop Poisson clients
            - region: us-east-1           # or `region: all`
              rate: 1000/s
              read-fraction: 0.9
              sessions: 200               # distinct user sessions (for session guarantees)
              consistency: eventual       # eventual | read-your-writes | monotonic-reads
              timeout: 2s                 # an op not answered by then counts as unavailable

        strategy:                         # exactly one here; `geosim compare` takes several
          type: primary-replica
          primary: us-east-1
          replication: async              # async | semi-sync | sync
          read-from: local                # primary | local | nearest | least-lag
          failover:
            detect-after: 10s             # primary unreachable this long => promote
            promote: most-caught-up       # most-caught-up | nearest | none
            fence-old-primary: true

        faults:                           # a timeline; times are from the start of the run
          - at: 2m
            type: partition               # both directions between the two sides
            between: [us-east-1, eu-west-1]
            for: 43s
          - at: 3m
            type: partition
            from: us-east-1               # one-way: us-east-1 -> eu-west-1 messages are lost/held
            to: eu-west-1
            for: 10s
          - at: 4m
            type: isolate                 # region cut off from every other region
            region: ap-southeast-1
            for: 5m
          - at: 5m
            type: outage                  # region (or `node: eu-west-1/2`) crashes, then recovers
            region: eu-west-1
            for: 1m
          - at: 6m
            type: slow-link               # latency added (cable cut rerouted the traffic)
            between: [us-east-1, ap-southeast-1]
            add: 120ms
            for: 10m
          - at: 7m
            type: clock-jump
            region: eu-west-1
            by: 2s
          - type: random-partitions       # background faults
            mtbf: 1h                      # mean time between failures, per region pair
            mttr: 2m

        narrative:                        # optional: captions for incident replays, shown in the
          - at: 2m                        # terminal timeline and on the charts
            text: Fibre cut between the US East hub and the primary data center.

        metrics:
          interval: 1s                    # time-series bucket
        """;

    [Test]
    public void The_documented_example_loads()
    {
        Assert.That(Loaded.Scenario(Example).Strategies, Has.Count.EqualTo(1));
    }

    [Test]
    public void Without_failover_the_documented_example_loads_every_section()
    {
        var scenario = Loaded.Scenario(WithoutFailover());

        var clock = new ClockSpec(new NormalDistribution(0, 1e6), 10, SimDuration.FromSeconds(64), SimDuration.FromMilliseconds(1));
        Assert.That(scenario.Regions.Select(r => r.Clock), Is.EqualTo(new[]
        {
            clock,
            clock with { Offset = new ConstantDistribution(250e6) },
            clock,
        }));
        var (us, eu, ap) = (scenario.Region("us-east-1"), scenario.Region("eu-west-1"), scenario.Region("ap-southeast-1"));
        Assert.That(scenario.Faults.Take(6), Is.EqualTo(new FaultSpec[]
        {
            new PartitionFault(Minutes(2), SimDuration.FromSeconds(43), us, eu, OneWay: false),
            new PartitionFault(Minutes(3), SimDuration.FromSeconds(10), us, eu, OneWay: true),
            new IsolateFault(Minutes(4), Minutes(5), ap),
            new OutageFault(Minutes(5), Minutes(1), eu, null),
            new SlowLinkFault(Minutes(6), Minutes(10), us, ap, false, new ConstantDistribution(120e6), null),
            new ClockJumpFault(Minutes(7), eu, null, SimDuration.FromSeconds(2)),
        }));
        Assert.That(scenario.Faults[6], Is.EqualTo(new RandomPartitionsFault(
            SimDuration.Zero, Minutes(10), new ConstantDistribution(3_600e9), new ConstantDistribution(120e9), null)));
        Assert.That(scenario.Narrative, Is.EqualTo(new[]
        {
            new NarrativeSpec(Minutes(2), "Fibre cut between the US East hub and the primary data center."),
        }));
        Assert.That(scenario.Network.ReconnectAfter, Is.EqualTo(NetworkSpec.DefaultReconnectAfter));
    }

    private static SimDuration Minutes(int minutes) => SimDuration.FromSeconds(60 * minutes);

    private static string WithoutFailover()
    {
        var lines = Example.Split('\n').ToList();
        var failover = lines.FindIndex(l => l.TrimStart().StartsWith("failover:", StringComparison.Ordinal));
        lines.RemoveRange(failover, 4);
        return string.Join('\n', lines);
    }
}
