using System.Diagnostics;

namespace GeoSim.Cli.Tests;

/// <summary>A link that loses everything used to spin the resend loop forever; now it carries nothing and the run ends.</summary>
public class TotalLossTests
{
    [TestCase("network: {links: [{between: [a, b], latency: 40ms, loss: 1}]}", "")]
    [TestCase("network: {default: {latency: 40ms}}", ", faults: [{type: lossy-link, at: 10s, for: 20s, between: [a, b], loss: 100%}]")]
    public void A_run_over_a_link_with_total_loss_ends_quickly_and_holds_the_stream(string network, string faults)
    {
        var dir = Cli.TempDir();
        var file = Path.Combine(dir, "loss.yaml");
        File.WriteAllText(file, "{name: loss, duration: 60s, regions: [{name: a}, {name: b}], " + network +
            ", workload: {keys: 100, clients: [{region: a, rate: 200/s, read-fraction: 0.5}]}, strategy: {type: primary-replica, primary: a}" + faults + "}");
        var watch = Stopwatch.StartNew();
        var (exit, output, _) = Cli.Run("run", file, "--out", Path.Combine(dir, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
            Assert.That(output, Does.Contain("b fell"));
        });
    }
}
