namespace GeoSim.Cli.Sweep;

/// <summary>A value of the sweep file and where its text starts there (1-based).</summary>
/// <param name="Quoted">True when the file quoted it: its characters then start one column later.</param>
internal sealed record SweepText(string Text, int Line, int Column, bool Quoted = false)
{
    /// <summary>The position of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public (int Line, int Column) At(int offset) => (Line, Column + (Quoted ? 1 : 0) + offset);
}
