namespace GeoSim.Core.Replication;

/// <summary>A choice written <c>Name(duration)</c>, e.g. <c>bounded(5s)</c>.</summary>
/// <param name="Argument">What the duration is, in messages: "the staleness bound".</param>
/// <param name="Example">A valid duration for the "e.g." of a message.</param>
public sealed record DurationArgument<T>(string Name, T Value, string Argument, string Example)
    where T : struct;
