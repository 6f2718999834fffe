using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

public class WireLoadingTests
{
    // Lines 1-12; the strategy block's first key after type is on line 15.
    private const string Head = """
        name: t
        duration: 10s
        regions:
          - name: a
          - name: b
        network:
          default:
            latency: 10ms
        workload:
          clients:
            - region: a
              rate: 10/s
        """;

    private static LoadResult Load(string block) => ScenarioLoader.Load(Head + "\nstrategy:\n  type: multi-master\n" + block, "t.yaml");

    [Test]
    public void Every_strategy_takes_compression_and_delta_sync()
    {
        var result = Load("  compression: { ratio: 15%, cpu: 50us }\n  delta-sync: { fields: 20, changed: 2 }\n");
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Scenario!.Strategies[0].Wire, Is.EqualTo(new WireSpec(0.15, SimDuration.FromMilliseconds(0.05), 20, 2)));
    }

    [Test]
    public void Without_them_values_go_whole_and_uncompressed() =>
        Assert.That(Load("").Scenario!.Strategies[0].Wire, Is.EqualTo(WireSpec.Plain));

    [TestCase("  compression: { ratio: 0 }\n", 15, 25, "ratio must be > 0: the share of bytes left after compression, e.g. 0.15")]
    [TestCase("  compression: { ratio: 2 }\n", 15, 25, "ratio must be between 0 and 1 (e.g. 0.9 or 90%), found 2")]
    [TestCase("  compression: { cpu: 1ms }\n", 15, 16, "missing required key 'ratio' in compression")]
    [TestCase("  delta-sync: { fields: 2, changed: 3 }\n", 15, 37, "changed (3) cannot exceed fields (2)")]
    [TestCase("  delta-sync: { fields: 0, changed: 0 }\n", 15, 25, "fields must be between 1 and 1000000, found 0")]
    public void Bad_wire_keys_are_reported_at_their_value(string block, int line, int column, string message) =>
        Assert.That(Load(block).Errors.Select(e => (e.Line, e.Column, e.Message)), Does.Contain((line, column, message)),
            string.Join("\n", Load(block).Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}")));
}
