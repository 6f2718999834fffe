using ScottPlot;

namespace GeoSim.Reports.Charts;

/// <summary>
/// Fixed colours: a region (or, in compare charts, a strategy) keeps its colour on every chart
/// because it is picked by position, never by hash. Tableau 10 without its red, which marks faults.
/// </summary>
internal static class Palette
{
    private static readonly Color[] Series =
    [
        Color.FromHex("#4E79A7"), Color.FromHex("#F28E2B"), Color.FromHex("#59A14F"), Color.FromHex("#B07AA1"),
        Color.FromHex("#76B7B2"), Color.FromHex("#9C755F"), Color.FromHex("#FF9DA7"), Color.FromHex("#EDC948"),
        Color.FromHex("#BAB0AC"), Color.FromHex("#2F4B7C"),
    ];

    public static Color Fault { get; } = Color.FromHex("#E15759");

    public static Color Marker { get; } = Color.FromHex("#555555");

    public static Color At(int index) => Series[index % Series.Length];
}
