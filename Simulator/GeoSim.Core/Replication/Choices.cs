namespace GeoSim.Core.Replication;

/// <summary>
/// The names a <see cref="KeyKind.Choice"/> key accepts and the value each stands for; optionally
/// one name that takes a duration in parentheses, such as <c>bounded(5s)</c>.
/// </summary>
public sealed class Choices<T>
    where T : struct
{
    private readonly (string Name, T Value)[] _named;

    public Choices(params (string Name, T Value)[] named) => _named = named;

    /// <summary>The name that takes a duration argument, if any.</summary>
    public DurationArgument<T>? WithDuration { get; init; }

    /// <summary>Every accepted name, in order; the one with an argument as <c>name(T)</c>.</summary>
    public IReadOnlyList<string> Names => [.. _named.Select(n => n.Name), .. WithDuration is { } d ? [$"{d.Name}(T)"] : Array.Empty<string>()];

    public bool TryGet(string name, out T value)
    {
        foreach (var (n, v) in _named)
        {
            if (n == name)
            {
                value = v;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The name of <paramref name="value"/>, for documented defaults.</summary>
    public string NameOf(T value) => _named.First(n => n.Value.Equals(value)).Name;
}
