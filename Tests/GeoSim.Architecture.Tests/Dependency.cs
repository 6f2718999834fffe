namespace GeoSim.Architecture.Tests;

/// <summary>One place where a file of part <c>From</c> uses <c>Target</c>, declared in part <c>To</c>.</summary>
internal sealed record Dependency(string File, int Line, Arrow Arrow, string Target, ReferenceKind Kind)
{
    public override string ToString() => $"{File}:{Line}: {Arrow} ({Target})";
}

/// <summary>How the file reached the other part's type; each kind is planted by a self-test.</summary>
public enum ReferenceKind
{
    /// <summary><c>using GeoSim.Core.Metrics;</c> (a namespace whose types all sit in one part) or <c>using static</c>/an alias.</summary>
    Using,
    /// <summary>A type written with its namespace: <c>GeoSim.Core.Metrics.MetricsRecorder</c>, <c>Topology.Topology</c>.</summary>
    Qualified,
    /// <summary>A bare type name whose namespace the file imports with a using.</summary>
    Name,
    /// <summary>A bare type name found through the file's own enclosing namespaces, with no using for it.</summary>
    NamespaceFamily,
    /// <summary>No type name written: a member reached through a value, <c>var</c>, <c>new()</c>, an extension method.</summary>
    Member,
}
