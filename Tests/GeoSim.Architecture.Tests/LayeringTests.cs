using Microsoft.CodeAnalysis;

namespace GeoSim.Architecture.Tests;

/// <summary>The product's sources keep to docs/architecture.json.</summary>
public class LayeringTests
{
    private static readonly Lazy<LayeringCheck> Check = new(() => LayeringCheck.Run(ArchitectureRules.Load()));

    [Test]
    public void The_sources_bind_cleanly_so_no_reference_can_hide_behind_an_error()
    {
        var errors = SourceCompilations.OfProduct
            .AsParallel()
            .SelectMany(c => c.GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error && !SourceCompilations.GeneratedCodeMissing.Contains(d.Id))
            .Select(d => d.ToString())
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void No_part_uses_another_part_outside_the_allowed_arrows()
    {
        var check = Check.Value;
        foreach (var line in check.Describe(check.Tolerated))
        {
            TestContext.Out.WriteLine("tolerated for now: " + line);
        }

        Assert.That(check.Describe(check.Violations), Is.Empty);
    }

    [Test]
    public void Every_known_violation_still_exists_so_the_list_only_shrinks()
    {
        var stale = Check.Value.StaleKnown.Select(k => $"{k.Arrow} in {k.File} ({k.Why}) no longer happens: remove it from {ArchitectureRules.FilePath}");

        Assert.That(stale, Is.Empty);
    }

    [Test]
    public void Every_allowed_arrow_is_used_so_the_file_says_what_the_code_does()
    {
        var used = Check.Value.Dependencies.Select(d => d.Arrow).ToHashSet();
        var unused = Check.Value.Rules.Arrows.Where(a => !used.Contains(a)).Select(a => a.ToString());

        Assert.That(unused, Is.Empty);
    }
}
