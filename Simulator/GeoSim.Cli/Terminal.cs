namespace GeoSim.Cli;

/// <summary>Whether a writer is a person's terminal: only then may GeoSim redraw lines, colour or pause.</summary>
internal static class Terminal
{
    public static bool IsConsole(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (no-color.org).</summary>
    public static bool WantsColour(TextWriter output) =>
        IsConsole(output) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
