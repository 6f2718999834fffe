using GeoSim.Core.Faults;

namespace GeoSim.Core.Metrics;

/// <summary>The rows of events.csv, in the order things happened (narrative captions first).</summary>
internal sealed class EventLog : IEventLog
{
    private readonly List<RunEvent> _rows = [];

    public IReadOnlyList<RunEvent> Rows => _rows;

    public void Add(long now, string kind, string scope, string detail) => _rows.Add(new RunEvent(now / 1e9, kind, scope, detail));

    /// <summary>A row at a time given in seconds (a narrative caption of the scenario).</summary>
    public void Add(RunEvent row) => _rows.Add(row);
}
