using GeoSim.Reports.Charts;

namespace GeoSim.Reports.Tests;

public sealed class LabelPackerTests
{
    private const double Width = 810;

    [Test]
    public void Labels_close_in_time_go_to_separate_rows_and_far_ones_share_the_first()
    {
        // On an 810 px axis of 300 s, a 20-character label (158 px) spans about 58 s.
        var labels = new[] { (60.0, Text('a')), (70.0, Text('b')), (103.0, Text('c')), (180.0, Text('d')) };

        var rows = LabelPacker.Place(labels, 300, Width, maxRows: 5).Select(p => p.Row);

        Assert.That(rows, Is.EqualTo(new[] { 0, 1, 2, 0 }));
    }

    [Test]
    public void A_label_near_the_right_edge_ends_at_its_event_instead_of_running_off_the_plot()
    {
        var placed = LabelPacker.Place([(290.0, Text('z')), (10.0, Text('a'))], 300, Width, maxRows: 5);

        Assert.That(placed, Is.EqualTo(new[] { new LabelPacker.Placement(0, LeftOfEvent: true), new LabelPacker.Placement(0, LeftOfEvent: false) }));
    }

    [Test]
    public void A_label_with_no_free_row_is_left_out_not_printed_over_another()
    {
        var labels = Enumerable.Range(0, 4).Select(i => ((double)i, Text('x'))).ToArray();

        var rows = LabelPacker.Place(labels, 300, Width, maxRows: 3).Select(p => p.Row);

        Assert.That(rows, Is.EqualTo(new[] { 0, 1, 2, -1 }));
    }

    [Test]
    public void No_two_placed_labels_overlap_and_none_leaves_the_plot([Values(1, 2, 3)] int seed)
    {
        var random = new Random(seed);
        var labels = Enumerable.Range(0, 60).Select(_ => (random.NextDouble() * 300, new string('m', random.Next(3, 40)))).ToArray();

        var placed = LabelPacker.Place(labels, 300, Width, maxRows: 5);

        var spans = labels.Zip(placed)
            .Where(p => p.Second.Row >= 0)
            .Select(p =>
            {
                var x = p.First.Item1 / 300 * Width;
                var w = p.First.Item2.Length * LabelPacker.CharPixels;
                return (p.Second.Row, From: p.Second.LeftOfEvent ? x - w : x, To: p.Second.LeftOfEvent ? x : x + w);
            })
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(spans.Count, Is.GreaterThan(10));
            Assert.That(spans.All(s => s.From >= -1e-9 && s.To <= Width + 1e-9), Is.True);
            foreach (var a in spans)
            {
                Assert.That(spans.Count(b => b.Row == a.Row && b.From < a.To && a.From < b.To), Is.EqualTo(1), $"row {a.Row} at {a.From:0}");
            }
        });
    }

    private static string Text(char c) => new(c, 20);
}
