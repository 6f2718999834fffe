using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Tests.Workload;

public class KeySamplerTests
{
    private const int Draws = 200_000;

    [Test]
    public void Uniform_keys_are_equally_likely()
    {
        var counts = Histogram(new KeySampler(10, new UniformKeys()), 10);
        Assert.That(counts, Has.All.InRange(Draws / 10 * 0.97, Draws / 10 * 1.03));
    }

    [Test]
    public void Zipf_key_frequencies_follow_one_over_rank_to_the_s()
    {
        var counts = Histogram(new KeySampler(100, new ZipfKeys(1.1)), 100);
        var harmonic = Enumerable.Range(1, 100).Sum(k => 1 / Math.Pow(k, 1.1));
        Assert.Multiple(() =>
        {
            Assert.That(counts[0] / (double)Draws, Is.EqualTo(1 / harmonic).Within(2).Percent);
            Assert.That(counts[9] / (double)Draws, Is.EqualTo(1 / Math.Pow(10, 1.1) / harmonic).Within(5).Percent);
        });
    }

    [Test]
    public void A_hotspot_takes_its_share_of_accesses()
    {
        var counts = Histogram(new KeySampler(1000, new HotspotKeys(0.01, 0.9)), 1000);
        Assert.That(counts.Take(10).Sum() / (double)Draws, Is.EqualTo(0.9).Within(0.005));
    }

    private static int[] Histogram(KeySampler sampler, int keys)
    {
        var rng = new RandomStreams(9).Get("keys");
        var counts = new int[keys];
        for (var i = 0; i < Draws; i++)
        {
            counts[sampler.Next(rng)]++;
        }
        return counts;
    }
}
