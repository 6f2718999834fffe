using GeoSim.Core.Engine;
using GeoSim.Core.Replication.Consensus;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Tests.Replication.Consensus;

/// <summary>
/// Consensus scenarios built in code: regions a to e on a line at 0, 10, 20, 40 and 80 ms one way
/// (from a: round trips of 20, 40, 80 and 160 ms), one voter each, the leader in a.
/// </summary>
internal static class ConsensusScenarios
{
    public static readonly string[] Names = ["a", "b", "c", "d", "e"];

    private static readonly double[] PositionMs = [0, 10, 20, 40, 80];

    public static double OneWay(string from, string to) =>
        Math.Abs(PositionMs[Array.IndexOf(Names, from)] - PositionMs[Array.IndexOf(Names, to)]);

    public static ConsensusSpec Spec(int voters, ReadMode reads = ReadMode.Lease) =>
        new("consensus", [.. Enumerable.Range(0, voters).Select(r => new RegionId(r))], [], TestRegions.A,
            ElectionTimeout: SimDuration.FromSeconds(1), Heartbeat: SimDuration.FromMilliseconds(150), PreVote: true, reads,
            Lease: SimDuration.FromSeconds(2), MaxClockOffset: SimDuration.FromMilliseconds(500), ClockOffsetCheck: true,
            ClosedTimestampLag: SimDuration.FromSeconds(3), CommitWait: SimDuration.Zero, AppendTime: SimDuration.Zero, StickyLeader: false);

    /// <summary>The first <paramref name="regions"/> regions, one node each, clients in <paramref name="clientRegion"/>.</summary>
    public static ScenarioSpec Build(ConsensusSpec strategy, int regions, double rate, double readFraction, double durationS,
        RegionId clientRegion = default, long seed = 1, params FaultSpec[] faults)
    {
        var scenario = TestScenarios.TwoRegions(rate: rate, readFraction: readFraction, durationS: durationS, seed: seed, clientRegion: clientRegion)
            .WithRegions(OneWay, [.. Names.Take(regions).Select(n => (n, 1))]);
        return scenario with { Strategies = [strategy], Faults = faults };
    }
}
