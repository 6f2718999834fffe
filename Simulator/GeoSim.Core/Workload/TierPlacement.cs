using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Workload;

/// <summary>
/// Which tier each key is in and where a read of it goes. A key's age (time since its last write)
/// is drawn once at the start; a write makes the key hot for the rest of the run (a run is far
/// shorter than a tier's age). A hot key is the strategy's; a warm or cold key is read from the
/// region of its tier nearest to the client (lowest configured mean latency, scenario order on a
/// tie), which pays the tier's read latency. Replication is not touched.
/// </summary>
internal sealed class TierPlacement
{
    private const int TierCount = 3;

    private readonly byte[] _tierOfKey;
    private readonly TierSpec?[] _specs = new TierSpec?[TierCount];
    private readonly RegionId[] _serving;
    private readonly int _regions;
    private readonly RandomStream _reads;

    public TierPlacement(StorageSpec spec, int keys, Topology.Topology topology, Network network, RandomStreams streams)
    {
        foreach (var tier in spec.Tiers)
        {
            _specs[(int)tier.Tier] = tier;
        }
        var ages = streams.Get("storage/ages");
        _tierOfKey = new byte[keys];
        for (var key = 0; key < keys; key++)
        {
            var age = spec.KeyAge.SampleDuration(ages).Nanos;
            var tier = spec.Tiers.First(t => t.MaxAge is not { } max || age < max.Nanos).Tier;
            _tierOfKey[key] = (byte)tier;
            KeysAtStart[(int)tier]++;
        }
        _regions = topology.RegionCount;
        _serving = new RegionId[TierCount * _regions];
        foreach (var tier in spec.Tiers.Where(t => t.Regions is not null))
        {
            for (var client = 0; client < _regions; client++)
            {
                var from = new RegionId(client);
                _serving[(int)tier.Tier * _regions + client] = tier.Regions!.MinBy(r => network.MeanLatencyNanos(from, r));
            }
        }
        _reads = streams.Get("storage/reads");
    }

    /// <summary>How many keys each tier held at the start, by <see cref="StorageTier"/>.</summary>
    public long[] KeysAtStart { get; } = new long[TierCount];

    public StorageTier TierOf(int key) => (StorageTier)_tierOfKey[key];

    /// <summary>A write makes its key young: from now on it is hot.</summary>
    public void OnWrite(int key) => _tierOfKey[key] = (byte)StorageTier.Hot;

    /// <summary>The region holding <paramref name="tier"/> (warm or cold) nearest to a client of <paramref name="client"/>.</summary>
    public RegionId ServingRegion(StorageTier tier, RegionId client) => _serving[(int)tier * _regions + client.Index];

    /// <summary>One draw of the tier's read latency (its own random stream, so the workload's draws do not move).</summary>
    public long ReadLatencyNanos(StorageTier tier) => _specs[(int)tier]!.ReadLatency.SampleDuration(_reads).Nanos;
}
