namespace GeoSim.Cli.Sweep;

/// <summary>
/// One line of <c>vary:</c> (or <c>set:</c>, with one value): a dotted path into the scenario,
/// or <c>strategies</c> for the labels of its <c>strategies:</c> list, and the values it takes.
/// </summary>
internal sealed record SweepAxis(SweepText Path, IReadOnlyList<SweepText> Values)
{
    /// <summary>The path that chooses among the scenario's strategies by label.</summary>
    public const string StrategiesPath = "strategies";

    /// <summary>The column name of the strategy axis in runs.csv and sweep.csv.</summary>
    public const string StrategyColumn = "strategy";

    public bool IsStrategies => Path.Text == StrategiesPath;

    /// <summary>The axis's name in the CSV files and charts.</summary>
    public string Name => IsStrategies ? StrategyColumn : Path.Text;
}
