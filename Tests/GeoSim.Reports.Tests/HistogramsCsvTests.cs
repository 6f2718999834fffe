using System.Globalization;
using GeoSim.Reports.Tests.Contract;

namespace GeoSim.Reports.Tests;

/// <summary>
/// histograms.csv holds the distributions summary.csv was computed from: recounting its buckets
/// gives every count, and every nearest-rank percentile falls inside the bucket the recount lands in.
/// </summary>
public sealed class HistogramsCsvTests : ScratchFolderTest
{
    private static readonly (string Column, double Q)[] Percentiles = [("p50", 0.5), ("p90", 0.9), ("p99", 0.99), ("p999", 0.999), ("max", 1)];

    [Test]
    public void PercentilesRecomputedFromTheBucketsMatchSummaryCsv()
    {
        OutputFolder.Write(_scratch.Out, [.. SimulatedRuns.Faulty], SampleResults.Info());
        var buckets = Table("histograms.csv").GroupBy(Key).ToDictionary(g => g.Key, g => g.ToList());
        var summary = Table("summary.csv").Where(r => buckets.ContainsKey(Key(r))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(summary.Select(Key), Is.EquivalentTo(buckets.Keys), "a histogram for every distribution of summary.csv");
            Assert.That(buckets.Keys, Has.Some.Contains("write_latency_ms").And.Some.Contains("replication_lag_ms").And.Some.Contains("read_staleness_ms"));
            foreach (var row in summary)
            {
                var histogram = buckets[Key(row)];
                var total = histogram.Sum(b => long.Parse(b["count"], CultureInfo.InvariantCulture));
                Assert.That(total, Is.EqualTo(long.Parse(row["count"], CultureInfo.InvariantCulture)), Key(row));
                foreach (var (column, q) in Percentiles)
                {
                    var (lower, upper) = BucketOfRank(histogram, Math.Max(1, (long)Math.Ceiling(q * total)));
                    var value = Number(row[column]);
                    // A bound is rounded to the sixth decimal, as every number of the files.
                    Assert.That(value, Is.GreaterThan(lower - 1e-6).And.LessThanOrEqualTo(upper + 1e-6), $"{Key(row)} {column}");
                }
            }
        });
    }

    /// <summary>The bounds of the bucket holding the value of rank <paramref name="rank"/>: above the previous bucket's bound, up to its own.</summary>
    private static (double Lower, double Upper) BucketOfRank(List<Dictionary<string, string>> histogram, long rank)
    {
        var (seen, previous) = (0L, double.NegativeInfinity);
        foreach (var bucket in histogram)
        {
            seen += long.Parse(bucket["count"], CultureInfo.InvariantCulture);
            var upper = Number(bucket["upper_bound"]);
            if (seen >= rank)
            {
                return (previous, upper);
            }
            previous = upper;
        }
        throw new AssertionException($"rank {rank} is beyond the {seen} values of the histogram");
    }

    private static string Key(Dictionary<string, string> r) => $"{r["strategy"]} {r["metric"]} {r["scope"]} {r["unit"]}";

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private List<Dictionary<string, string>> Table(string file)
    {
        var records = CsvText.Parse(_scratch.Read(file));
        return records.Skip(1).Where(r => r.Length == records[0].Length).Select(r => records[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
