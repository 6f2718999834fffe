namespace GeoSim.Core.Faults;

/// <summary>The run's record of what happened (faults, promotions, warnings): one row of events.csv per call.</summary>
internal interface IEventLog
{
    /// <param name="scope">The region or link the event concerns; empty for the whole deployment.</param>
    void Add(long now, string kind, string scope, string detail);
}
