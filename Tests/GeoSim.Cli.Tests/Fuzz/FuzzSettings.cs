namespace GeoSim.Cli.Tests.Fuzz;

/// <summary>
/// How much the fuzz test does: a few hundred mutants by default (seconds), more through the
/// environment: <c>GEOSIM_FUZZ_MUTANTS=5000 GEOSIM_FUZZ_RUN_EVERY=1 GEOSIM_FUZZ_SEED=7</c>.
/// </summary>
/// <param name="RunEvery">Every how many-th valid mutant is also run (a run writes charts, ~1 s).</param>
internal sealed record FuzzSettings(int Mutants, int Seed, int RunEvery)
{
    public static FuzzSettings FromEnvironment() => new(
        Read("GEOSIM_FUZZ_MUTANTS", 200),
        Read("GEOSIM_FUZZ_SEED", 1),
        Read("GEOSIM_FUZZ_RUN_EVERY", 5));

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
