using System.Globalization;
using GeoSim.Bench;

// Tables read the same on every machine, so figures can be pasted into docs/benchmarks.md.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// One process run, one printed table per subcommand; add a subcommand as one more case.
return args.Length == 0
    ? Usage()
    : args[0] switch
    {
        "engine" => EngineBenchmark.Run(args[1..]),
        "domain" => DomainBenchmark.Run(args[1..]),
        "sweep" => SweepBenchmark.Run(args[1..]),
        _ => Usage(),
    };

static int Usage()
{
    Console.Error.WriteLine("usage: bench engine [--events N] [--reps N] | domain [SCENARIO] [--against SCENARIO | --probe-cost] [--reps N] | sweep [--geosim PATH] [--reps N]");
    return 2;
}
