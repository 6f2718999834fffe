using GeoSim.Core.Spec;

namespace GeoSim.Core.Metrics;

/// <summary>
/// What each <c>migrate</c> cost: the bytes of its copies, the time from its start to its cut-over,
/// and how the ops on its class's keys fared meanwhile. Ops are counted by the time they were
/// issued, from the start to the cut-over (to the end of the run when it never cut over).
/// </summary>
internal sealed class MigrationMeasures(IReadOnlyList<MigrationSpec> migrations, IReadOnlyList<DataClassSpec> classes)
{
    private readonly long[] _bytes = new long[migrations.Count];
    private readonly long?[] _cutOverAt = new long?[migrations.Count];
    private readonly long[] _ops = new long[migrations.Count];
    private readonly long[] _timedOut = new long[migrations.Count];

    public void OnCopySent(int migration, int bytes) => _bytes[migration] += bytes;

    public void OnCutOver(int migration, long now) => _cutOverAt[migration] = now;

    /// <summary>An op on <paramref name="key"/> issued at <paramref name="issuedAt"/> ended.</summary>
    public void OnOp(int key, long issuedAt, bool success)
    {
        for (var m = 0; m < migrations.Count; m++)
        {
            var migration = migrations[m];
            if (classes[migration.Class].Contains(key) && issuedAt >= migration.At.Nanos && issuedAt < (_cutOverAt[m] ?? long.MaxValue))
            {
                _ops[m]++;
                _timedOut[m] += success ? 0 : 1;
            }
        }
    }

    /// <summary>One row of each per migration, scoped by its class; <c>migration_s</c> only for one that cut over.</summary>
    public void AddRows(RowBuilder rows)
    {
        for (var m = 0; m < migrations.Count; m++)
        {
            var scope = classes[migrations[m].Class].Name;
            rows.AddTotal(MetricNames.MigrationBytes, scope, "bytes", _bytes[m]);
            if (_cutOverAt[m] is { } at)
            {
                rows.AddValue(MetricNames.MigrationSeconds, scope, "s", 1, (at - migrations[m].At.Nanos) / 1e9);
            }
            rows.AddValue(MetricNames.MigrationAvailability, scope, "ratio", _ops[m], _ops[m] == 0 ? 1 : 1 - (double)_timedOut[m] / _ops[m]);
            rows.AddTotal(MetricNames.MigrationTimedOutOps, scope, "ops", _timedOut[m]);
        }
    }
}
