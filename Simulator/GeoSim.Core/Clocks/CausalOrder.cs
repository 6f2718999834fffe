namespace GeoSim.Core.Clocks;

/// <summary>How two version vectors relate in the happened-before order.</summary>
public enum CausalOrder
{
    /// <summary>Same counters: the same causal history.</summary>
    Equal,

    /// <summary>The left vector is pointwise ≤ the right and differs: its history is a prefix.</summary>
    Before,

    /// <summary>The left vector is pointwise ≥ the right and differs: it has seen everything the right has.</summary>
    After,

    /// <summary>Each vector has an entry larger than the other's: neither saw the other (a conflict).</summary>
    Concurrent,
}
