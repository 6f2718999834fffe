using GeoSim.Reports.Charts;

namespace GeoSim.Reports.Tests;

public sealed class LabelRowsTests
{
    [Test]
    public void Labels_close_in_time_go_to_separate_rows_and_far_ones_share_the_first()
    {
        // On a 300 s axis a 20-character label spans about 48 s.
        var markers = new[]
        {
            new EventMarker(60, new string('a', 20)),
            new EventMarker(70, new string('b', 20)),
            new EventMarker(103, new string('c', 20)),
            new EventMarker(180, new string('d', 20)),
        };

        Assert.That(TimeSeriesChart.LabelRows(markers, 300), Is.EqualTo(new[] { 0, 1, 2, 0 }));
    }

    [Test]
    public void Past_the_last_row_a_label_takes_the_row_that_frees_up_first()
    {
        var markers = Enumerable.Range(0, 4).Select(i => new EventMarker(i, new string('x', 20))).ToArray();

        Assert.That(TimeSeriesChart.LabelRows(markers, 300), Is.EqualTo(new[] { 0, 1, 2, 0 }));
    }
}
