using GeoSim.Cli.Advise;

namespace GeoSim.Cli.Tests.Advise;

public class TryOptionTests
{
    [Test]
    public void A_bare_key_is_a_knob_of_the_strategy_strategy_chooses_labels_and_a_path_is_kept()
    {
        var axes = TryOption.Parse(["replication=async, semi-sync,sync", "strategy=a,b", "network.default.latency=20ms,50ms"], out var problem);

        Assert.That(problem, Is.Null);
        Assert.That(axes!.Select(a => a.Path.Text), Is.EqualTo(new[] { "strategy.replication", "strategies", "network.default.latency" }));
        Assert.That(axes![0].Values.Select(v => (v.Text, v.Line, v.Column)), Is.EqualTo(new[] { ("async", 1, 13), ("semi-sync", 1, 20), ("sync", 1, 30) }),
            "each value keeps its --try (line) and column, for the scenario's errors");
    }

    [TestCase("replication", "expected KEY=VALUE,VALUE")]
    [TestCase("replication=", "expected KEY=VALUE,VALUE")]
    [TestCase("=async", "expected KEY=VALUE,VALUE")]
    [TestCase("replication=async,,sync", "an empty value at column 19")]
    [TestCase("replication=async,async", "value 'async' is listed twice")]
    public void A_malformed_try_is_bad_input(string text, string message)
    {
        Assert.That(TryOption.Parse([text], out var problem), Is.Null);
        Assert.That(problem, Does.StartWith($"--try {text}: ").And.Contain(message));
    }

    [Test]
    public void The_same_key_tried_twice_is_bad_input()
    {
        Assert.That(TryOption.Parse(["acks=1", "strategy.acks=2"], out var problem), Is.Null);
        Assert.That(problem, Does.Contain("strategy.acks is tried twice"));
    }
}
