using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>
/// One entry of the <c>faults:</c> timeline: it starts <see cref="At"/> after the run starts and
/// lasts <see cref="For"/> (zero for instantaneous faults such as a clock jump).
/// </summary>
public abstract record FaultSpec(SimDuration At, SimDuration For)
{
    /// <summary>The <c>type:</c> name, as events.csv reports it.</summary>
    public abstract string Type { get; }

    /// <summary>When it ends, from the start of the run.</summary>
    public SimDuration End => At + For;
}
