namespace GeoSim.Scenario.Sections.Faults;

/// <summary>The <c>type:</c> names of faults and the keys each one takes.</summary>
internal static class FaultTypes
{
    public const string Partition = "partition";
    public const string Isolate = "isolate";
    public const string Outage = "outage";
    public const string SlowLink = "slow-link";
    public const string LossyLink = "lossy-link";
    public const string ClockJump = "clock-jump";
    public const string RandomPartitions = "random-partitions";
    public const string RandomOutages = "random-outages";

    /// <summary>Not a fault: a data class moving between regions, read once the classes are known.</summary>
    public const string Migrate = "migrate";

    public static readonly string[] All = [Partition, Isolate, Outage, SlowLink, LossyLink, ClockJump, RandomPartitions, RandomOutages, Migrate];

    /// <summary>Every key any fault takes, to suggest spellings when the type itself is missing.</summary>
    public static readonly string[] AnyKeys = [.. All.SelectMany(KeysOf).Distinct()];

    /// <summary>Background faults: <c>at</c> defaults to 0 and <c>for</c> to the rest of the run.</summary>
    public static bool IsRandom(string type) => type is RandomPartitions or RandomOutages;

    public static IReadOnlyList<string> KeysOf(string type) => type switch
    {
        Partition => ["type", "at", "for", "between", "from", "to", "shape", "regions"],
        Isolate => ["type", "at", "for", "region"],
        Outage => ["type", "at", "for", "region", "node"],
        SlowLink => ["type", "at", "for", "between", "from", "to", "add", "latency"],
        LossyLink => ["type", "at", "for", "between", "from", "to", "loss"],
        ClockJump => ["type", "at", "for", "region", "node", "by"],
        RandomPartitions => ["type", "at", "for", "mtbf", "mttr", "between"],
        RandomOutages => ["type", "at", "for", "mtbf", "mttr", "regions"],
        Migrate => ["type", "at", "class", "to", "rate"],
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a fault type"),
    };
}
