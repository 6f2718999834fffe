using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>The <c>workload:</c> section: the keyspace and the clients.</summary>
internal sealed class WorkloadReader(Diagnostics diagnostics, ValueReader values)
{
    public const int DefaultKeys = 1000;
    public const int DefaultValueSizeBytes = 1000;

    internal static readonly string[] Keys = ["keys", "key-distribution", "value-size", "clients", "queries"];

    public WorkloadSpec Read(Node node, RegionIndex regions)
    {
        if (values.Mapping(node, "workload") is not { } mapping)
        {
            return new WorkloadSpec(DefaultKeys, new UniformKeys(), DefaultValueSizeBytes, []);
        }
        var reader = new MappingReader(mapping, diagnostics, "workload", Keys);
        var keys = reader.Get("keys") is { } k ? values.Integer(k, "keys", 1, int.MaxValue) : DefaultKeys;
        var keyDistribution = reader.Get("key-distribution") is { } d ? values.KeyDistribution(d, "key-distribution") : new UniformKeys();
        var valueSize = reader.Get("value-size") is { } v ? ValueSize(v) : DefaultValueSizeBytes;
        var clients = reader.Require("clients") is { } c ? new ClientsReader(diagnostics, values).Read(c, regions) : [];
        var queries = reader.Get("queries") is { } q ? new QueriesReader(diagnostics, values).Read(q, regions) : [];
        return new WorkloadSpec((int)(keys ?? DefaultKeys), keyDistribution ?? new UniformKeys(), (int)(valueSize ?? DefaultValueSizeBytes), clients)
        {
            Queries = queries,
        };
    }

    private long? ValueSize(Node node)
    {
        var bytes = values.Size(node, "value-size");
        if (bytes is < 1 or > int.MaxValue)
        {
            values.Report((ScalarNode)node, $"value-size must be between 1B and {int.MaxValue}B");
            return null;
        }
        return bytes;
    }
}
