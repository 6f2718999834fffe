using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Links;

/// <summary>Compression and delta sync: bytes on the wire in closed form, and what they do to a thin link's lag.</summary>
public class WireFormatTests
{
    private static WireSpec Compressed(double ratio, double cpuMs = 0) => WireSpec.Plain with { CompressionRatio = ratio, CompressionCpu = SimDuration.FromMilliseconds(cpuMs) };

    private static readonly WireSpec Delta = WireSpec.Plain with { DeltaFields = 20, DeltaChanged = 2 };

    [Test]
    public void A_message_shrinks_by_the_ratio_and_an_update_on_a_stream_to_its_changed_fields_and_a_header()
    {
        var compressed = new WireFormat(Compressed(0.15), valueSizeBytes: 1000);
        var delta = new WireFormat(Delta, valueSizeBytes: 1000);
        var both = new WireFormat(Delta with { CompressionRatio = 0.5 }, valueSizeBytes: 1000);
        Assert.Multiple(() =>
        {
            Assert.That(compressed.OnWire(1000, stream: true), Is.EqualTo(150));
            Assert.That(compressed.OnWire(64, stream: false), Is.EqualTo(10), "rounded up: 9.6 bytes take 10");
            Assert.That(delta.OnWire(1000, stream: true), Is.EqualTo(64 + 100));
            Assert.That(delta.OnWire(1000, stream: false), Is.EqualTo(1000), "a datagram's receiver may lack the base");
            Assert.That(delta.OnWire(50_000, stream: true), Is.EqualTo(50_000), "a snapshot resyncs whole values");
            Assert.That(delta.OnWire(64, stream: true), Is.EqualTo(64));
            Assert.That(both.OnWire(1000, stream: true), Is.EqualTo(82));
            Assert.That(new WireFormat(Delta, valueSizeBytes: 100).OnWire(100, stream: true), Is.EqualTo(74), "64 + 10");
            Assert.That(new WireFormat(Delta with { DeltaChanged = 19 }, valueSizeBytes: 100).OnWire(100, stream: true), Is.EqualTo(100), "never more than the value");
        });
    }

    private static RunResult Run(WireSpec wire, double bandwidthBps = 0)
    {
        var scenario = TestScenarios.TwoRegions(oneWayMs: 40, bandwidthBps: bandwidthBps, valueSize: 1000, rate: 5, readFraction: 0);
        return TestScenarios.Run(scenario with { Strategies = [scenario.Strategies[0] with { Wire = wire }] });
    }

    [Test]
    public void Compression_divides_every_byte_on_the_wire_by_the_ratio()
    {
        var plain = Run(WireSpec.Plain);
        var quarter = Run(Compressed(0.25));
        Assert.Multiple(() =>
        {
            // 1,000-byte values and 64-byte control messages both divide by 4 exactly.
            Assert.That(quarter.Total(MetricNames.CrossRegionMessages), Is.EqualTo(plain.Total(MetricNames.CrossRegionMessages)));
            Assert.That(quarter.Total(MetricNames.CrossRegionBytes) * 4, Is.EqualTo(plain.Total(MetricNames.CrossRegionBytes)));
        });
    }

    [Test]
    public void Delta_sync_sends_each_update_as_its_changed_fields_and_a_header()
    {
        var plain = Run(WireSpec.Plain);
        var delta = Run(Delta);
        var messages = plain.Row(MetricNames.CrossRegionMessages, "a->b").Count;
        var bytes = plain.Row(MetricNames.CrossRegionBytes, "a->b").Count;
        // bytes = 1000 u + 64 (messages - u): the updates u among the messages.
        var updates = (bytes - 64 * messages) / (1000 - 64);
        Assert.Multiple(() =>
        {
            Assert.That(updates, Is.GreaterThan(200));
            Assert.That(delta.Row(MetricNames.CrossRegionBytes, "a->b").Count, Is.EqualTo(164 * updates + 64 * (messages - updates)));
        });
    }

    [Test]
    public void On_a_thin_link_compression_takes_the_serialization_time_off_the_lag_and_adds_its_cpu()
    {
        // 1 KB at 8 Mbps: 1 ms on the wire; compressed to 250 B, 0.25 ms, plus 0.05 ms of CPU.
        var plain = Run(WireSpec.Plain, bandwidthBps: 8e6);
        var compressed = Run(Compressed(0.25, cpuMs: 0.05), bandwidthBps: 8e6);
        Assert.Multiple(() =>
        {
            Assert.That(plain.Row(MetricNames.ReplicationLag, "a->b").P50, Is.EqualTo(41.0).Within(1e-6));
            Assert.That(compressed.Row(MetricNames.ReplicationLag, "a->b").P50, Is.EqualTo(40.3).Within(1e-6));
        });
    }
}
