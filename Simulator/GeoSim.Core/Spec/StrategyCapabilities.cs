namespace GeoSim.Core.Spec;

/// <summary>What a strategy can do: the run and the metrics switch on these, never on a strategy's type.</summary>
[Flags]
public enum StrategyCapabilities
{
    None = 0,

    /// <summary>It can replace a lost primary, abandoning writes the new one lacks: failovers, RPO, RTO and lost acknowledged writes are measured.</summary>
    FailsOver = 1,
}
