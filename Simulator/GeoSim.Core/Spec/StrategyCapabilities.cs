namespace GeoSim.Core.Spec;

/// <summary>What a strategy can do: the run, the metrics and the limits switch on these, never on a strategy's type.</summary>
[Flags]
public enum StrategyCapabilities
{
    None = 0,

    /// <summary>It can replace a lost primary, abandoning writes the new one lacks: failovers, RPO, RTO and lost acknowledged writes are measured.</summary>
    FailsOver = 1,

    /// <summary>Every node keeps its own version of each written key, with a version vector of an entry per node (memory grows with written keys x nodes x nodes).</summary>
    VersionsPerNode = 2,

    /// <summary>It issues the probe reads of <c>metrics.t-visibility</c>: t_visibility.csv and its summary rows are measured.</summary>
    ProbesReads = 4,

    /// <summary>It promises linearizable reads: every read is checked against the writes acknowledged before it began (linearizability_violations).</summary>
    Linearizable = 8,
}
