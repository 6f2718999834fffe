using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

/// <summary><c>network.reconnect-after</c>: how long a reliable stream takes to resume after a heal.</summary>
public class ReconnectTests
{
    [Test]
    public void Defaults_to_one_second()
    {
        Assert.That(Loaded.Scenario(Scenarios.FiveRegions).Network.ReconnectAfter, Is.EqualTo(NetworkSpec.DefaultReconnectAfter));
        Assert.That(NetworkSpec.DefaultReconnectAfter, Is.EqualTo(SimDuration.FromSeconds(1)));
    }

    [TestCase("250ms", 250)]
    [TestCase("0s", 0)]
    public void Takes_any_duration_from_zero(string text, double milliseconds)
    {
        var scenario = Loaded.Scenario(Scenarios.FiveRegions.Replace("    latency: 40ms\n", $"    latency: 40ms\n  reconnect-after: {text}\n"));

        Assert.That(scenario.Network.ReconnectAfter, Is.EqualTo(SimDuration.FromMilliseconds(milliseconds)));
    }

    [Test]
    public void Cannot_be_negative()
    {
        Errors.AssertSingle(Scenarios.FiveRegions.Replace("    latency: 40ms\n", "    latency: 40ms\n  reconnect-after: -1s\n"), 13, 20,
            "-1s: a duration cannot be negative");
    }
}
