using Microsoft.CodeAnalysis;

namespace GeoSim.Architecture.Tests;

/// <summary>The check finds each kind of reference it claims to, and nothing in comments, strings or look-alike names.</summary>
public class LayeringSelfTests
{
    private const string EngineFile = "Simulator/GeoSim.Core/Engine/Planted.cs";
    private static readonly ArchitectureRules Rules = ArchitectureRules.Load();

    [TestCase(EngineFile, "using GeoSim.Core.Replication;\nnamespace GeoSim.Core.Engine;\ninternal sealed class Planted { }",
        1, "Engine -> Strategies", "using GeoSim.Core.Replication", ReferenceKind.Using, TestName = "a using of another part's namespace")]
    [TestCase(EngineFile, "using Recorder = GeoSim.Core.Metrics.MetricsRecorder;\nnamespace GeoSim.Core.Engine;\ninternal sealed class Planted { }",
        1, "Engine -> Metrics", "using GeoSim.Core.Metrics.MetricsRecorder", ReferenceKind.Using, TestName = "a using alias of another part's type")]
    [TestCase(EngineFile, "namespace GeoSim.Core.Engine;\ninternal sealed class Planted\n{\n    public GeoSim.Core.Replication.Message M;\n}",
        4, "Engine -> Strategies", "Message", ReferenceKind.Qualified, TestName = "a fully qualified type name")]
    [TestCase("Simulator/GeoSim.Core/Topology/Planted.cs", "namespace GeoSim.Core.Topology;\ninternal sealed class Planted(Replication.NodeContext context)\n{\n}",
        2, "Model -> Strategies", "NodeContext", ReferenceKind.Qualified, TestName = "a type name qualified relative to the file's namespace")]
    [TestCase("Simulator/GeoSim.Core/Topology/Planted.cs", "using GeoSim.Core.Metrics;\nnamespace GeoSim.Core.Topology;\ninternal sealed class Planted(MetricsRecorder recorder)\n{\n}",
        3, "Model -> Metrics", "MetricsRecorder", ReferenceKind.Name, TestName = "a bare type name imported by a using")]
    [TestCase(EngineFile, "namespace GeoSim.Core.Run.Planted;\ninternal sealed class Planted(Simulation run)\n{\n}",
        2, "Engine -> Run", "Simulation", ReferenceKind.NamespaceFamily, TestName = "a bare type name of the enclosing namespace")]
    [TestCase("Simulator/GeoSim.Core/Replication/PrimaryReplica/Planted.cs", "namespace GeoSim.Core.Run.Planted.Deeper;\ninternal sealed class Planted(Simulation run)\n{\n}",
        2, "Strategies -> Run", "Simulation", ReferenceKind.NamespaceFamily, TestName = "a bare type name two namespaces up")]
    [TestCase(EngineFile, "namespace GeoSim.Core.Engine;\ninternal static class Planted\n{\n    public static int Of(GeoSim.Core.Topology.NodeId node) => node.Index;\n}",
        4, "Engine -> Model", "NodeId.Index", ReferenceKind.Member, TestName = "a member reached through a value")]
    [TestCase(EngineFile, "namespace GeoSim.Core.Engine;\ninternal static class Planted\n{\n    public static readonly GeoSim.Core.Topology.NodeId First = new(0);\n}",
        4, "Engine -> Model", "NodeId", ReferenceKind.Member, TestName = "a target-typed new()")]
    [TestCase(EngineFile, "namespace GeoSim.Core.Engine;\ninternal static class Planted\n{\n    public static object Of(Func<GeoSim.Core.Topology.NodeId> make)\n    {\n        var node = make();\n        return node;\n    }\n}",
        6, "Engine -> Model", "NodeId", ReferenceKind.Member, TestName = "a var of another part's type")]
    public void A_planted_reference_is_reported(string path, string source, int line, string arrow, string target, ReferenceKind kind)
    {
        var found = Planted(path, source).Dependencies;

        Assert.That(found.Select(d => (d.Line, d.Arrow.ToString(), d.Target, d.Kind)), Does.Contain((line, arrow, target, kind)));
    }

    [TestCase("namespace GeoSim.Core.Engine;\n/// <summary>Not a <see cref=\"GeoSim.Core.Replication.Message\"/>.</summary>\ninternal static class Planted\n{\n    // GeoSim.Core.Replication.Message, Simulation\n    public const string Name = \"GeoSim.Core.Replication.Message\";\n}",
        TestName = "names in XML docs, comments and strings")]
    [TestCase("namespace GeoSim.Core.Engine;\ninternal static class Planted\n{\n    public static int Of(int Simulation, int Topology) => Simulation + Topology;\n}",
        TestName = "parameters named like another part's type or namespace")]
    [TestCase("namespace GeoSim.Core.Engine;\ninternal static class Planted\n{\n    public static SimDuration Start => SimDuration.Zero;\n}",
        TestName = "a type of the file's own part")]
    public void An_innocent_file_reports_nothing(string source)
    {
        Assert.That(Planted(EngineFile, source).Dependencies, Is.Empty);
    }

    [Test]
    public void A_never_violation_prints_file_line_parts_type_and_reason()
    {
        var check = Planted(EngineFile, "namespace GeoSim.Core.Engine;\ninternal sealed class Planted\n{\n    public GeoSim.Core.Replication.Message M;\n}");

        Assert.That(check.Describe(check.Violations),
            Is.EqualTo(new[] { $"{EngineFile}:4: Engine -> Strategies (Message): forbidden because the loop knows no strategy" }));
    }

    [Test]
    public void A_dependency_missing_from_the_arrows_fails_even_when_not_on_the_never_list()
    {
        var arrow = new Arrow("Reports", "Engine");
        Assume.That(Rules.Allows(arrow) || Rules.Never.Any(n => n.Arrow == arrow), Is.False);

        var check = Planted("Reports/GeoSim.Reports/Planted.cs", "namespace GeoSim.Reports;\ninternal static class Planted\n{\n    public static GeoSim.Core.Engine.SimDuration Start;\n}");

        Assert.That(check.Describe(check.Violations),
            Is.EqualTo(new[] { "Reports/GeoSim.Reports/Planted.cs:4: Reports -> Engine (SimDuration): forbidden because no arrow Reports -> Engine in docs/architecture.json" }));
    }

    [Test]
    public void A_known_violation_is_tolerated_in_its_file_only_and_a_known_entry_matching_nothing_is_stale()
    {
        var here = new KnownViolation(new Arrow("Engine", "Run"), EngineFile, "planted");
        var elsewhere = new KnownViolation(new Arrow("Engine", "Run"), "Simulator/GeoSim.Core/Engine/Scheduler.cs", "planted");
        var rules = Rules with { Known = [here, elsewhere] };

        var check = Planted(EngineFile, "namespace GeoSim.Core.Run.Planted;\ninternal sealed class Planted(Simulation run)\n{\n}", rules);

        Assert.Multiple(() =>
        {
            Assert.That(check.Violations, Is.Empty);
            Assert.That(check.Tolerated.Select(d => d.Target), Is.EqualTo(new[] { "Simulation" }));
            Assert.That(check.StaleKnown, Is.EqualTo(new[] { elsewhere }));
        });
    }

    private static LayeringCheck Planted(string path, string source, ArchitectureRules? rules = null)
    {
        var (compilation, tree) = SourceCompilations.WithFile(path, source);
        var model = compilation.GetSemanticModel(tree);
        var errors = model.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
        Assert.That(errors.Select(e => e.ToString()), Is.Empty, "the planted file must compile, or the check would prove nothing");
        return LayeringCheck.Run(rules ?? Rules, [model]);
    }
}
