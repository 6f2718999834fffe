namespace GeoSim.Core.Spec;

/// <summary>How clients pick keys: <c>uniform</c>, <c>zipf(s)</c> or <c>hotspot(keys=1%, share=90%)</c>.</summary>
public abstract record KeyDistributionSpec;

public sealed record UniformKeys : KeyDistributionSpec;

/// <summary>P(rank k) proportional to 1/k^s.</summary>
public sealed record ZipfKeys(double S) : KeyDistributionSpec;

/// <summary>A fraction <paramref name="KeysFraction"/> of the keys takes <paramref name="Share"/> of the accesses.</summary>
public sealed record HotspotKeys(double KeysFraction, double Share) : KeyDistributionSpec;
