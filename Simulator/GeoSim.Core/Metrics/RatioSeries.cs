namespace GeoSim.Core.Metrics;

/// <summary>Successes out of attempts, per interval and overall.</summary>
internal sealed class RatioSeries(int intervals)
{
    private readonly long[] _attempts = new long[intervals];
    private readonly long[] _successes = new long[intervals];

    public long Attempts { get; private set; }
    public long Successes { get; private set; }

    public void Add(int interval, bool success)
    {
        _attempts[interval]++;
        Attempts++;
        if (success)
        {
            _successes[interval]++;
            Successes++;
        }
    }

    public bool HasAttempts(int interval) => _attempts[interval] > 0;
    public long AttemptsIn(int interval) => _attempts[interval];
    public long SuccessesIn(int interval) => _successes[interval];
    public double Ratio(int interval) => _successes[interval] / (double)_attempts[interval];
}
