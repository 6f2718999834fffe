using GeoSim.Core.Metrics;

namespace GeoSim.Core.Tests.Metrics;

public class EventLogTests
{
    [Test]
    public void Rows_keep_their_order_with_times_in_seconds()
    {
        var log = new EventLog();
        log.Add(1_500_000_000, "fault-start", "a", "outage");
        log.Add(new RunEvent(0.25, "caption", "", "narration"));
        log.Add(2_000_000, "promotion", "b", "b/0");

        Assert.That(log.Rows.Select(r => (r.TimeSeconds, r.Kind)), Is.EqualTo(new[] { (1.5, "fault-start"), (0.25, "caption"), (0.002, "promotion") }));
    }
}
