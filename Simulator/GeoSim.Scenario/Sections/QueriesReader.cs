using System.Globalization;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Limits;
using GeoSim.Scenario.Units;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// <c>workload.queries</c>: federated queries, each
/// <c>{ region, rate, scans: [{ regions: [...], rows }], rows, selectivity, row-size, plan: push-down | pull, scan-rate, timeout, name }</c>.
/// A scan entry gives the regions holding one data set and the rows each of them holds (its own
/// <c>rows</c>, or the query's). A bare name in <c>scans</c> is kept for data classes.
/// </summary>
internal sealed class QueriesReader(Diagnostics diagnostics, ValueReader values)
{
    public const double DefaultScanRowsPerSecond = 1e6;
    public const double MaxRows = 1e12;
    public static readonly SimDuration DefaultTimeout = SimDuration.FromSeconds(30);

    internal static readonly string[] Keys = ["name", "region", "rate", "scans", "rows", "selectivity", "row-size", "plan", "scan-rate", "timeout"];
    internal static readonly string[] ScanKeys = ["regions", "rows"];

    internal static readonly Dictionary<string, QueryPlan> Plans = new()
    {
        ["push-down"] = QueryPlan.PushDown,
        ["pull"] = QueryPlan.Pull,
    };

    public IReadOnlyList<QuerySpec> Read(Node node, RegionIndex regions)
    {
        var queries = new List<QuerySpec>();
        foreach (var item in values.Sequence(node, "queries")?.Items ?? [])
        {
            if (values.Mapping(item, "each query") is not { } mapping || ReadQuery(new MappingReader(mapping, diagnostics, "this query", Keys), regions) is not { } query)
            {
                continue;
            }
            if (queries.Any(q => q.Name == query.Name))
            {
                diagnostics.Add(mapping.Start, $"two queries are named '{query.Name}': give each a name of its own");
                continue;
            }
            queries.Add(query);
        }
        return queries;
    }

    private QuerySpec? ReadQuery(MappingReader reader, RegionIndex regions)
    {
        var region = reader.Require("region") is { } r ? regions.Read(r, "region") : null;
        var rate = reader.Require("rate") is { } rateNode ? values.Rate(rateNode, "rate") : null;
        var rows = reader.Get("rows") is { } rowsNode ? Rows(rowsNode) : null;
        var scans = reader.Require("scans") is { } s ? Scans(s, rows, reader.Get("rows") is not null, regions) : null;
        var selectivity = reader.Require("selectivity") is { } sel ? values.Probability(sel, "selectivity") : null;
        var rowSize = reader.Require("row-size") is { } size ? RowSize(size) : null;
        var plan = reader.Require("plan") is { } p ? values.Choice(p, "plan", Plans, []) : null;
        var scanRate = reader.Get("scan-rate") is { } sr ? values.Rate(sr, "scan-rate") : DefaultScanRowsPerSecond;
        var timeout = reader.Get("timeout") is { } t ? values.PositiveDuration(t, "timeout") : DefaultTimeout;
        var name = reader.Get("name") is { } n ? values.Text(n, "name") : null;
        if (region is null || rate is null || scans is null || selectivity is null || rowSize is null || plan is null || scanRate is null || timeout is null)
        {
            return null;
        }
        var query = new QuerySpec(name ?? $"{regions.Name(region.Value)}-{Plans.First(x => x.Value == plan).Key}", region.Value, rate.Value, scans,
            selectivity.Value, (int)rowSize.Value, plan.Value, scanRate.Value, timeout.Value);
        return WithinLimits(query, reader, regions) ? query : null;
    }

    private List<QueryScan>? Scans(Node node, long? rows, bool rowsGiven, RegionIndex regions)
    {
        if (values.Sequence(node, "scans") is not { } list)
        {
            return null;
        }
        var scans = new List<QueryScan>();
        foreach (var item in list.Items)
        {
            if (item is ScalarNode { IsNull: false } name)
            {
                values.Report(name, $"scans names '{name.Value}', but data classes are not part of the format yet: give the regions holding the data, {{ regions: [...], rows: N }}");
                return null;
            }
            if (values.Mapping(item, "a scans entry") is not { } mapping)
            {
                return null;
            }
            var reader = new MappingReader(mapping, diagnostics, "a scans entry", ScanKeys);
            var scanRegions = reader.Require("regions") is { } r ? new DataRegions(diagnostics, values).ReadList(r, "regions", regions) : null;
            long? scanRows = reader.Get("rows") is { } n ? Rows(n) : rows;
            if (scanRows is null && reader.Get("rows") is null && !rowsGiven)
            {
                diagnostics.Add(mapping.Start, "a scans entry needs rows: give rows here or in the query");
            }
            if (scanRegions is null || scanRows is null)
            {
                return null;
            }
            scans.Add(new QueryScan(scanRegions, scanRows.Value));
        }
        return scans;
    }

    /// <summary>A count of rows: a whole number, written plainly or as 1e6.</summary>
    private long? Rows(Node node)
    {
        if (values.Scalar(node, "rows") is not { } scalar)
        {
            return null;
        }
        if (!double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rows) || rows != Math.Floor(rows) || rows < 1 || rows > MaxRows)
        {
            values.Report(scalar, $"rows must be a whole number between 1 and 1e12 (e.g. 1e6), found {scalar.Value}");
            return null;
        }
        return (long)rows;
    }

    private long? RowSize(Node node)
    {
        var bytes = values.Size(node, "row-size");
        if (bytes is < 1 or > int.MaxValue)
        {
            values.Report((ScalarNode)node, $"row-size must be between 1B and {int.MaxValue}B");
            return null;
        }
        return bytes;
    }

    /// <summary>One region's rows travel as one message (at most 2 GiB), and its scan must take a time the run can hold.</summary>
    private bool WithinLimits(QuerySpec query, MappingReader reader, RegionIndex regions)
    {
        foreach (var (region, rows) in query.RowsByRegion())
        {
            var bytes = (double)query.RowsMoved(rows) * query.RowSizeBytes;
            if (bytes > int.MaxValue)
            {
                values.Report((ScalarNode)reader.Get("row-size")!, string.Create(CultureInfo.InvariantCulture, $"this query moves {bytes:0.###e0} bytes from {regions.Name(region)} in one reply; at most {int.MaxValue} B: fewer rows, smaller rows or push-down"));
                return false;
            }
            if (rows / query.ScanRowsPerSecond > ScenarioLimits.MaxDuration.TotalSeconds)
            {
                diagnostics.Add((reader.Get("scan-rate") ?? reader.Get("scans")!).Start, $"scanning {rows} rows in {regions.Name(region)} takes longer than {DurationParser.Format(ScenarioLimits.MaxDuration)}: raise scan-rate");
                return false;
            }
        }
        return true;
    }
}
