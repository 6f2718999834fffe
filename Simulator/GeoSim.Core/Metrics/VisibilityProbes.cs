using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Metrics;

/// <summary>
/// The tallies of <c>metrics.t-visibility</c>: per probed delay t, the probe reads that ran and the
/// consistent ones (returned the probed write or a newer one). Probes of writes acknowledged in
/// the warmup do not count.
/// </summary>
public sealed class VisibilityProbes
{
    /// <summary>The share of probes that must be consistent for <c>t_visibility_999_ms</c>.</summary>
    public const double Target = 0.999;

    private readonly IntervalClock _clock;
    private readonly long[] _probes;
    private readonly long[] _consistent;
    private readonly SlotPool<ProbeRead> _waiting = new();

    internal VisibilityProbes(TVisibilitySpec spec, IntervalClock clock)
    {
        Spec = spec;
        _clock = clock;
        _probes = new long[spec.At.Count];
        _consistent = new long[spec.At.Count];
    }

    public TVisibilitySpec Spec { get; }

    /// <summary>Keeps a probe until its start; returns its slot.</summary>
    public int Park(in ProbeRead probe)
    {
        _waiting.Allocate(out var slot) = probe;
        return slot;
    }

    /// <summary>The probe parked in <paramref name="slot"/>, which is freed.</summary>
    public ProbeRead Take(int slot)
    {
        var probe = _waiting[slot];
        _waiting.Free(slot);
        return probe;
    }

    /// <summary>A probe at delay <c>Spec.At[delay]</c> after a write acknowledged at <paramref name="acknowledgedAt"/> ended.</summary>
    public void Record(int delay, bool consistent, long acknowledgedAt)
    {
        if (!_clock.Measured(acknowledgedAt))
        {
            return;
        }
        _probes[delay]++;
        _consistent[delay] += consistent ? 1 : 0;
    }

    /// <summary>The curve, one point per delay, in the order of <c>at</c>.</summary>
    public IReadOnlyList<VisibilityPoint> Points() =>
        [.. Spec.At.Select((t, i) => new VisibilityPoint(t.TotalMilliseconds, _probes[i], _consistent[i]))];

    /// <summary>
    /// The smallest t at which the probability reaches <see cref="Target"/>, linear between the two
    /// probed delays around it; null when no probed delay reaches it (censored).
    /// </summary>
    public static double? TimeToTarget(IReadOnlyList<VisibilityPoint> points)
    {
        var measured = points.Where(p => p.Probes > 0).ToList();
        for (var i = 0; i < measured.Count; i++)
        {
            if (measured[i].Probability < Target)
            {
                continue;
            }
            if (i == 0)
            {
                return measured[0].TMs;
            }
            var (a, b) = (measured[i - 1], measured[i]);
            return a.TMs + (Target - a.Probability) / (b.Probability - a.Probability) * (b.TMs - a.TMs);
        }
        return null;
    }

    internal void AddRows(RowBuilder rows)
    {
        var points = Points();
        if (points.All(p => p.Probes == 0))
        {
            return;
        }
        var total = points.Sum(p => p.Probes);
        if (points.FirstOrDefault(p => p.TMs == 0) is { Probes: > 0 } zero)
        {
            rows.AddValue(MetricNames.PConsistentAt0, MetricNames.AllScope, "ratio", zero.Probes, zero.Probability);
        }
        if (TimeToTarget(points) is { } t)
        {
            rows.AddValue(MetricNames.TVisibility999, MetricNames.AllScope, "ms", total, t);
        }
        else
        {
            // Censored: the largest delay probed is a lower bound, flagged as such.
            rows.AddValue(MetricNames.TVisibility999, MetricNames.AllScope, "ms", total, points.Where(p => p.Probes > 0).Max(p => p.TMs));
            rows.AddTotal(MetricNames.TVisibilityCensored, MetricNames.AllScope, "curves", 1);
        }
    }
}
