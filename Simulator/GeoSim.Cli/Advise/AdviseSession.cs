using GeoSim.Cli.Sweep;
using GeoSim.Reports.Sweep;

namespace GeoSim.Cli.Advise;

/// <summary>
/// <c>geosim advise</c>: reads the targets, the objective and the <c>--try</c> axes (every problem
/// is bad input, exit 2, before anything runs), turns them into a sweep of the scenario over
/// seeds 1 to N, runs it like <c>geosim sweep</c> (same folder, resuming, N threads), and when
/// every run is done judges the variants (<see cref="Advice"/>): advice.txt, advice.csv and the
/// Pareto chart go into the sweep's folder in its atomic write, and the advice is printed.
/// </summary>
internal sealed class AdviseSession(TextWriter output, TextWriter error)
{
    public int Run(AdviseRequest request)
    {
        var targets = SloParser.Parse(request.Slo, out var sloProblem, out var column);
        if (targets is null)
        {
            return Fail($"--slo \"{request.Slo}\": at column {column}: {sloProblem}");
        }
        var objective = Objective.Parse(request.Objective, out var objectiveProblem);
        if (objective is null)
        {
            return Fail(objectiveProblem!);
        }
        var axes = TryOption.Parse(request.Tries, out var tryProblem);
        if (axes is null)
        {
            return Fail(tryProblem!);
        }
        var runs = axes.Aggregate((long)request.Seeds, (n, axis) => n * axis.Values.Count);
        if (runs > SweepFileReader.MaxRuns)
        {
            return Fail($"the --try values and --seeds make {runs:N0} runs; at most {SweepFileReader.MaxRuns:N0} fit in one sweep");
        }
        if (ShippedScenarios.Problem(request.Scenario) is { } missing)
        {
            return Fail(missing);
        }
        var name = $"advise-{Path.GetFileNameWithoutExtension(request.Scenario)}";
        // Relative to the "sweep file" --try, that is to the current folder, as the user wrote it.
        var sweep = new SweepFile(TryOption.Source, name, new SweepText(request.Scenario, 1, 1),
            [.. Enumerable.Range(1, request.Seeds).Select(s => (long)s)], axes, [], null);
        var folder = request.OutDir ?? Path.Combine("results", name);
        IReadOnlyList<string>? advice = null;
        var code = new SweepSession(output, error).Run(sweep,
            new SweepRequest("", folder, request.Parallel, null, Charts: false, request.Force),
            (temp, plan, runs) => advice = Write(temp, plan, runs, targets, objective));
        if (advice is null)
        {
            return code;
        }
        output.WriteLine();
        foreach (var line in advice)
        {
            output.WriteLine(line);
        }
        output.WriteLine();
        output.WriteLine($"chart {Path.Combine(folder, "charts", ParetoChart.Name + ".png")}; every target per variant in {Path.Combine(folder, AdviceReport.CsvFile)}; every run in {Path.Combine(folder, RunsCsv.FileName)}");
        return code;
    }

    private static IReadOnlyList<string> Write(string folder, PlanDocument plan, IReadOnlyList<(PlanRun Run, RunRows Rows)> runs,
        IReadOnlyList<SloTarget> targets, Objective objective)
    {
        var advice = Advice.Of(plan, runs, targets, objective);
        var lines = AdviceReport.Lines(advice, targets, objective);
        File.WriteAllText(Path.Combine(folder, AdviceReport.TextFile), string.Join("\n", lines) + "\n");
        AdviceReport.WriteCsv(folder, plan, advice);
        ParetoChart.Save(folder, AdviceReport.Chart(Path.GetFileNameWithoutExtension(plan.Scenario), plan, advice));
        return lines;
    }

    private int Fail(string problem)
    {
        error.WriteLine($"geosim: {problem}");
        return ExitCodes.BadInput;
    }
}
