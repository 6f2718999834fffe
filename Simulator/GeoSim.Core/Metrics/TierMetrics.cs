using GeoSim.Core.Spec;

namespace GeoSim.Core.Metrics;

/// <summary>
/// Reads by storage tier (<c>tier_read_latency_ms</c>, <c>tier_read_share</c>) and what each tier
/// stores (<c>storage_gb</c>) and costs (<c>storage_usd_per_month</c>). A tier stores its keys at
/// the start × <c>value-size</c> × one copy per region holding it (hot: each region where the
/// strategy keeps data).
/// </summary>
internal sealed class TierMetrics
{
    private const int TierCount = 3;

    private readonly IntervalClock _clock;
    private readonly StorageSpec _spec;
    private readonly DistributionMetric[] _latency;
    private readonly RatioSeries[] _share;
    private readonly long[] _keys;
    private readonly int _valueSizeBytes;
    private readonly int _hotRegions;
    private readonly IReadOnlyList<double>? _usdPerGbMonth;

    /// <param name="keysAtStart">Keys per tier, by <see cref="StorageTier"/>.</param>
    /// <param name="hotRegions">The regions where the strategy keeps data: the hot tier's copies.</param>
    public TierMetrics(IntervalClock clock, StorageSpec spec, long[] keysAtStart, int valueSizeBytes, int hotRegions, IReadOnlyList<double>? usdPerGbMonth)
    {
        _clock = clock;
        _spec = spec;
        _keys = keysAtStart;
        _valueSizeBytes = valueSizeBytes;
        _hotRegions = hotRegions;
        _usdPerGbMonth = usdPerGbMonth;
        _latency = Enumerable.Range(0, TierCount).Select(_ => new DistributionMetric(clock.Count)).ToArray();
        _share = Enumerable.Range(0, TierCount).Select(_ => new RatioSeries(clock.Count)).ToArray();
    }

    public static string ScopeOf(StorageTier tier) => tier.ToString().ToLowerInvariant();

    /// <summary>A read of a key of <paramref name="tier"/> ended (answered in time when <paramref name="success"/>).</summary>
    public void OnRead(StorageTier tier, long issuedAt, long now, bool success)
    {
        if (!_clock.Measured(issuedAt))
        {
            return;
        }
        var interval = _clock.IndexOf(issuedAt);
        foreach (var t in _spec.Tiers)
        {
            _share[(int)t.Tier].Add(interval, t.Tier == tier);
        }
        if (success)
        {
            _latency[(int)tier].Record(interval, now - issuedAt);
        }
    }

    /// <summary>Bytes a tier stores: its keys × value size × its copies.</summary>
    public double StoredGb(TierSpec tier) => (double)_keys[(int)tier.Tier] * _valueSizeBytes * (tier.Regions?.Count ?? _hotRegions) / EgressCost.BytesPerGb;

    public void AddRows(RowBuilder rows)
    {
        // With one tier every read is hot: its share and latency would repeat read_latency_ms.
        if (_spec.HasColderTiers)
        {
            foreach (var tier in _spec.Tiers)
            {
                rows.AddMilliseconds(MetricNames.TierReadLatency, ScopeOf(tier.Tier), _latency[(int)tier.Tier]);
            }
            foreach (var tier in _spec.Tiers)
            {
                rows.AddRatio(MetricNames.TierReadShare, ScopeOf(tier.Tier), _share[(int)tier.Tier]);
            }
        }
        foreach (var tier in _spec.Tiers)
        {
            rows.AddValue(MetricNames.StorageGb, ScopeOf(tier.Tier), "gb", _keys[(int)tier.Tier], StoredGb(tier));
        }
        if (_usdPerGbMonth is null)
        {
            return;
        }
        var total = 0.0;
        foreach (var tier in _spec.Tiers)
        {
            var usd = StoredGb(tier) * _usdPerGbMonth[(int)tier.Tier];
            rows.AddValue(MetricNames.StorageUsdPerMonth, ScopeOf(tier.Tier), "usd", _keys[(int)tier.Tier], usd);
            total += usd;
        }
        rows.AddValue(MetricNames.StorageUsdPerMonth, MetricNames.AllScope, "usd", _keys.Sum(), total);
    }
}
