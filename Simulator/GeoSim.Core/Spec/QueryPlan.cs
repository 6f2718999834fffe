namespace GeoSim.Core.Spec;

/// <summary>How a federated query gets its rows: filtered where the data is, or moved whole and filtered at the querying region.</summary>
public enum QueryPlan
{
    PushDown,
    Pull,
}
