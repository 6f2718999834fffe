namespace GeoSim.Core.Spec;

/// <summary>One data set a query scans: each of <paramref name="Regions"/> holds <paramref name="Rows"/> rows of it.</summary>
public sealed record QueryScan(IReadOnlyList<RegionId> Regions, long Rows);
