using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Workload;

/// <summary>Draws keys 0..keys-1 by the workload's key distribution.</summary>
internal sealed class KeySampler
{
    private readonly int _keys;
    private readonly double[]? _cdf;
    private readonly int _hotKeys;
    private readonly double _hotShare;

    public KeySampler(int keys, KeyDistributionSpec spec)
    {
        _keys = keys;
        switch (spec)
        {
            case ZipfKeys zipf:
                _cdf = ZipfCdf(keys, zipf.S);
                break;
            case HotspotKeys hot:
                _hotKeys = Math.Clamp((int)Math.Round(keys * hot.KeysFraction), 1, keys);
                _hotShare = hot.Share;
                break;
        }
    }

    public int Next(RandomStream rng)
    {
        if (_cdf is not null)
        {
            var index = Array.BinarySearch(_cdf, rng.NextDouble());
            return Math.Min(index >= 0 ? index + 1 : ~index, _keys - 1);
        }
        if (_hotShare > 0)
        {
            return rng.NextDouble() < _hotShare || _hotKeys == _keys
                ? rng.Next(_hotKeys)
                : _hotKeys + rng.Next(_keys - _hotKeys);
        }
        return rng.Next(_keys);
    }

    /// <summary>Cumulative probabilities of ranks 1..n under P(k) ∝ 1/k^s; key i has rank i+1.</summary>
    private static double[] ZipfCdf(int keys, double s)
    {
        var cdf = new double[keys];
        var sum = 0.0;
        for (var k = 0; k < keys; k++)
        {
            sum += 1 / Math.Pow(k + 1, s);
            cdf[k] = sum;
        }
        for (var k = 0; k < keys; k++)
        {
            cdf[k] /= sum;
        }
        return cdf;
    }
}
