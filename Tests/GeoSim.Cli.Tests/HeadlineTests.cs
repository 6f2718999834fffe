namespace GeoSim.Cli.Tests;

/// <summary>The printed headlines cannot hide a replica that stopped applying, nor a recovery that never came.</summary>
public class HeadlineTests
{
    private const string PartitionToTheEnd =
        "{name: d3, duration: 80s, regions: [{name: a}, {name: b}], network: {default: {latency: 40ms}}, " +
        "workload: {keys: 10, clients: [{region: a, rate: 100/s, read-fraction: 0}]}, strategy: {type: primary-replica, primary: a}, " +
        "faults: [{type: partition, at: 20s, for: 60s, between: [a, b]}]}";

    private const string SyncWithoutItsReplica =
        "{name: d4, duration: 90s, regions: [{name: a, nodes: 3}], workload: {keys: 1000, clients: [{region: a, rate: 100/s, read-fraction: 0}]}, " +
        "strategy: {type: primary-replica, primary: a, replication: sync, failover: {detect-after: 5s, fence-old-primary: false}}, " +
        "faults: [{type: outage, at: 30s, for: 1h, node: a/0}]}";

    [Test]
    public void A_replica_cut_off_to_the_end_shows_in_the_run_headline()
    {
        var (exit, output, _) = Run(PartitionToTheEnd);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(output, Does.Contain("b fell 60.0 s behind"));
            Assert.That(output, Does.Match(@"\d{1,3},\d{3} writes not applied by the end"));
        });
    }

    [Test]
    public void A_run_that_replicates_no_write_shows_how_far_behind_the_replicas_are()
    {
        var (exit, output, error) = Run("{name: reads, duration: 20s, regions: [{name: a}, {name: b}], network: {default: {latency: 40ms}}, " +
            "workload: {keys: 10, clients: [{region: a, rate: 100/s, read-fraction: 1}]}, strategy: {type: primary-replica, primary: a}}");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0), error);
            Assert.That(output, Does.Contain("replication lag   none (no write was replicated)"));
        });
    }

    [Test]
    public void A_recovery_that_never_came_is_not_printed_as_a_small_number()
    {
        var (_, output, _) = Run(SyncWithoutItsReplica);

        Assert.That(output, Does.Contain("recovery (RTO)    never recovered (still down 60.00 s after the fault)"));
    }

    [Test]
    public void Validate_says_when_failover_can_never_happen()
    {
        var file = Write("{name: two, duration: 60s, regions: [{name: a}, {name: b}], network: {default: {latency: 40ms}}, " +
            "workload: {keys: 10, clients: [{region: a, rate: 10/s}]}, strategy: {type: primary-replica, primary: a, failover: {detect-after: 5s}}}");
        var (exit, output, _) = Cli.Run("validate", file);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(output, Does.Contain("note: primary-replica: failover can never happen when a is lost"));
        });
    }

    private static (int, string, string) Run(string yaml) =>
        Cli.Run("run", Write(yaml), "--out", Path.Combine(Cli.TempDir(), "out"));

    private static string Write(string yaml)
    {
        var file = Path.Combine(Cli.TempDir(), "scenario.yaml");
        File.WriteAllText(file, yaml);
        return file;
    }
}
