using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary><c>workload.clients</c>; <c>region: all</c> becomes one client entry per region.</summary>
internal sealed class ClientsReader(Diagnostics diagnostics, ValueReader values)
{
    public const double DefaultReadFraction = 0.9;
    public const int DefaultSessions = 100;
    public static readonly SimDuration DefaultTimeout = SimDuration.FromSeconds(2);

    internal static readonly string[] Keys = ["region", "rate", "read-fraction", "sessions", "consistency", "timeout", "until"];

    internal static readonly Dictionary<string, Consistency> Consistencies = new()
    {
        ["eventual"] = Consistency.Eventual,
        ["read-your-writes"] = Consistency.ReadYourWrites,
        ["monotonic-reads"] = Consistency.MonotonicReads,
    };

    public IReadOnlyList<ClientSpec> Read(Node node, RegionIndex regions)
    {
        var clients = new List<ClientSpec>();
        foreach (var item in values.Sequence(node, "clients")?.Items ?? [])
        {
            if (values.Mapping(item, "each client") is { } mapping)
            {
                clients.AddRange(ReadClient(new MappingReader(mapping, diagnostics, "this client", Keys), regions));
            }
        }
        return clients;
    }

    private IEnumerable<ClientSpec> ReadClient(MappingReader reader, RegionIndex regions)
    {
        var clientRegions = reader.Require("region") is { } r ? ClientRegions(r, regions) : [];
        var rate = reader.Require("rate") is { } rateNode ? values.Rate(rateNode, "rate") : null;
        var readFraction = reader.Get("read-fraction") is { } f ? values.Probability(f, "read-fraction") : DefaultReadFraction;
        var sessions = reader.Get("sessions") is { } s ? values.Integer(s, "sessions", 1, int.MaxValue) : DefaultSessions;
        var consistency = reader.Get("consistency") is { } c
            ? values.Choice(c, "consistency", Consistencies, [])
            : Consistency.Eventual;
        var timeout = reader.Get("timeout") is { } t ? values.PositiveDuration(t, "timeout") : DefaultTimeout;
        // Clients that stop before the end let a run finish with the system settled (convergence).
        var until = reader.Get("until") is { } u ? values.PositiveDuration(u, "until") : null;
        return clientRegions.Select(region => new ClientSpec(
            region, rate ?? 0, readFraction ?? DefaultReadFraction, (int)(sessions ?? DefaultSessions), consistency ?? Consistency.Eventual,
            timeout ?? DefaultTimeout, until));
    }

    private static IReadOnlyList<RegionId> ClientRegions(Node node, RegionIndex regions)
    {
        if (node is ScalarNode { Value: RegionsReader.AllRegions })
        {
            return regions.All;
        }
        return regions.Read(node, "region") is { } region ? [region] : [];
    }
}
