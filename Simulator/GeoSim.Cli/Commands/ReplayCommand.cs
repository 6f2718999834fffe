using System.CommandLine;
using System.Globalization;
using GeoSim.Cli.Replay;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Reports;
using GeoSim.Reports.Player;

namespace GeoSim.Cli.Commands;

/// <summary>
/// <c>geosim replay SCENARIO [--speed X | --step] [--strategy LABEL] [--out DIR] [--seed N] [--duration D]</c>:
/// runs one strategy of a scenario, plays its events and metric changes as a narrated timeline,
/// and writes the same output folder as <c>run</c>.
/// </summary>
internal static class ReplayCommand
{
    /// <summary>On a terminal without --speed: a minute of simulated time in six seconds.</summary>
    private const double DefaultSpeed = 10;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario file or the name of a shipped scenario, e.g. incidents/github-2018-10-21." };
        var speed = new Option<double?>("--speed") { Description = $"Play at this multiple of simulated time (default on a terminal: {DefaultSpeed}; redirected output is printed at once)." };
        var step = new Option<bool>("--step") { Description = "Wait for Enter before each new moment of the timeline." };
        var strategy = new Option<string?>("--strategy") { Description = "Label of the strategy to replay (default: the first)." };
        var options = new RunOptions();
        var command = new Command("replay", "Run a scenario and play it as a narrated timeline, then write the report.");
        command.Arguments.Add(scenario);
        command.Options.Add(speed);
        command.Options.Add(step);
        command.Options.Add(strategy);
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var request = options.Read(parsed, ShippedScenarios.Resolve(parsed.GetValue(scenario)));
            var runner = new ScenarioRunner(output, error);
            if (!TryPace(parsed.GetValue(speed), parsed.GetValue(step), output, error, out var mode, out var pace)
                || !runner.TryLoad(request, out var spec)
                || !TryPick(spec, parsed.GetValue(strategy), error, out var picked))
            {
                return ExitCodes.BadInput;
            }
            // The replayed strategy first, then the others (the what-if), so the report holds them all.
            StrategySpec[] all = [picked, .. spec.Strategies.Where(s => !ReferenceEquals(s, picked))];
            // The player says what the timeline says of each strategy besides its events.
            var timeout = LongestTimeout(spec);
            return runner.RunAndWrite(spec, all, request,
                (header, results) => ReportParts.ForReplay(header, results, r => ReplayTimeline.MetricEntries(r, timeout)
                    .Select(e => new PlayerLine(e.TimeSeconds, e.Label, e.Text)).ToList()),
                (writer, results, wall, folder) =>
                {
                    Play(writer, spec, results[0], mode, pace);
                    RunReport.Print(writer, results, wall, folder);
                });
        });
        return command;
    }

    private static void Play(TextWriter output, ScenarioSpec spec, RunResult result, ReplayMode mode, double pace)
    {
        if (!string.IsNullOrWhiteSpace(spec.Description))
        {
            foreach (var line in ReplayText.Wrap(spec.Description, ReplayTimeline.DefaultWidth))
            {
                output.WriteLine(line);
            }
        }
        output.WriteLine(mode switch
        {
            ReplayMode.Paced => string.Create(CultureInfo.InvariantCulture, $"replaying {result.Strategy} at {pace:0.##}x simulated time"),
            ReplayMode.Step => $"replaying {result.Strategy}: press Enter for the next moment",
            _ => $"replaying {result.Strategy}",
        });
        output.WriteLine();
        var player = new ReplayPlayer(output, Terminal.WantsColour(output), Thread.Sleep, Console.ReadLine);
        player.Play(ReplayTimeline.Build(result, LongestTimeout(spec)), mode, pace);
        output.WriteLine();
    }

    private static double LongestTimeout(ScenarioSpec spec) => spec.Workload.Clients.Select(c => c.Timeout.TotalSeconds).DefaultIfEmpty(0).Max();

    /// <summary>Pacing needs a person watching: redirected output is printed at once whatever was asked.</summary>
    private static bool TryPace(double? speed, bool step, TextWriter output, TextWriter error, out ReplayMode mode, out double pace)
    {
        mode = ReplayMode.AtOnce;
        pace = speed ?? DefaultSpeed;
        if (speed is not null && step)
        {
            error.WriteLine("geosim: --speed and --step cannot be combined: choose a pace or step by step");
            return false;
        }
        if (speed is { } s && !(s > 0 && double.IsFinite(s)))
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"geosim: --speed {speed}: must be a positive number, e.g. 10 for ten times simulated time"));
            return false;
        }
        if (Terminal.IsConsole(output))
        {
            mode = step ? ReplayMode.Step : ReplayMode.Paced;
        }
        return true;
    }

    private static bool TryPick(ScenarioSpec spec, string? label, TextWriter error, out StrategySpec picked)
    {
        picked = spec.Strategies[0];
        if (label is null)
        {
            return true;
        }
        if (!StrategySelection.TrySelect(spec, label, "--strategy", error, out var selected))
        {
            return false;
        }
        if (selected.Count > 1)
        {
            error.WriteLine($"geosim: --strategy {label}: replay plays one strategy; use compare for several");
            return false;
        }
        picked = selected[0];
        return true;
    }
}
