namespace GeoSim.Core.Metrics;

/// <summary>What a point of a <see cref="TimeSeries"/> holds for its interval.</summary>
public enum SeriesValue
{
    /// <summary>The mean of the interval's samples of a distribution.</summary>
    Mean,

    /// <summary>A ratio over the interval's attempts (successes / attempts).</summary>
    Share,

    /// <summary>The total counted in the interval.</summary>
    Total,

    /// <summary>One sample taken at the interval's end.</summary>
    Sample,

    /// <summary>The total counted in the interval over its measured length: a rate per second.</summary>
    Rate,

    /// <summary>A quantile of the interval's samples of a distribution (p50, p99: see the metric's name).</summary>
    Quantile,
}
