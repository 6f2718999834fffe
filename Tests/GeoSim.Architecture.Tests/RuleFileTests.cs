using System.Text.RegularExpressions;

namespace GeoSim.Architecture.Tests;

/// <summary>docs/architecture.json is consistent with itself, with the folders and with docs/architecture.md.</summary>
public class RuleFileTests
{
    private static readonly ArchitectureRules Rules = ArchitectureRules.Load();

    [Test]
    public void Every_source_file_of_Simulator_and_Reports_belongs_to_exactly_one_part()
    {
        var misplaced = new[] { "Simulator", "Reports" }
            .SelectMany(RepoPaths.SourceFiles)
            .Select(f => (File: f, Parts: Rules.PartsOf(f)))
            .Where(f => f.Parts.Count != 1)
            .Select(f => $"{f.File}: {(f.Parts.Count == 0 ? "no part" : "parts " + string.Join(", ", f.Parts))}");

        Assert.That(misplaced, Is.Empty);
    }

    [Test]
    public void The_allowed_arrows_form_no_cycle()
    {
        Assert.That(Cycle(Rules.Arrows), Is.Empty);
    }

    [Test]
    public void A_cycle_is_found_when_there_is_one()
    {
        Arrow[] arrows = [new("A", "B"), new("B", "C"), new("C", "A"), new("C", "D")];

        Assert.That(Cycle(arrows), Is.EquivalentTo(new[] { "A", "B", "C" }));
    }

    [Test]
    public void Arrows_never_and_known_name_only_parts_of_the_file()
    {
        var names = Rules.Parts.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = Rules.Arrows
            .Concat(Rules.Never.Select(n => n.Arrow))
            .Concat(Rules.Known.Select(k => k.Arrow))
            .SelectMany(a => new[] { a.From, a.To })
            .Where(n => !names.Contains(n))
            .Distinct();

        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void No_forbidden_dependency_is_also_allowed_and_each_says_why()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Rules.Never.Where(n => Rules.Allows(n.Arrow)).Select(n => n.Arrow.ToString()), Is.Empty);
            Assert.That(Rules.Never.Where(n => string.IsNullOrWhiteSpace(n.Reason)).Select(n => n.Arrow.ToString()), Is.Empty);
            Assert.That(Rules.Arrows.Where(a => a.From == a.To).Select(a => a.ToString()), Is.Empty);
        });
    }

    [Test]
    public void Each_known_violation_names_an_existing_file_of_its_part_and_a_forbidden_arrow()
    {
        var wrong = Rules.Known
            .Where(k => Rules.Allows(k.Arrow) || !File.Exists(RepoPaths.Full(k.File)) || !Rules.PartsOf(k.File).SequenceEqual([k.Arrow.From]) || string.IsNullOrWhiteSpace(k.Why))
            .Select(k => $"{k.Arrow} {k.File}");

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void The_architecture_doc_draws_the_same_arrows_as_the_rule_file()
    {
        var doc = File.ReadAllText(RepoPaths.Full("docs/architecture.md"));
        var mermaid = Regex.Match(doc, "```mermaid\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var drawn = Regex.Matches(mermaid, @"^\s*(\w+)\s*-->\s*(\w+)\s*$", RegexOptions.Multiline)
            .Select(m => new Arrow(m.Groups[1].Value, m.Groups[2].Value));

        Assert.That(drawn, Is.EquivalentTo(Rules.Arrows));
    }

    /// <summary>The parts that cannot be ordered (on a cycle or leading into one; none for a DAG), found by peeling off the arrows into parts that depend on nothing left.</summary>
    private static IReadOnlyList<string> Cycle(IReadOnlyList<Arrow> arrows)
    {
        var left = arrows.ToList();
        while (true)
        {
            var sinks = left.Select(a => a.To).Where(to => left.All(a => a.From != to)).ToHashSet(StringComparer.Ordinal);
            if (sinks.Count == 0)
            {
                return left.Select(a => a.From).Distinct().Order(StringComparer.Ordinal).ToArray();
            }
            left.RemoveAll(a => sinks.Contains(a.To));
        }
    }
}
