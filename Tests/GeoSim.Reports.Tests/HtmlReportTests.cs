using System.Xml;
using System.Xml.Linq;
using GeoSim.Reports.Charts;
using GeoSim.Reports.Html;

namespace GeoSim.Reports.Tests;

public sealed class HtmlReportTests : ScratchFolderTest
{
    [Test]
    public void The_report_is_well_formed_and_has_its_sections()
    {
        var html = Write(SimulatedRuns.Faulty);

        var sections = html.Descendants(Name("section")).Select(s => (string?)s.Attribute("id")).ToList();
        Assert.That(sections, Is.EqualTo(new[] { "headline", "timeline", "charts", "summary" }));
    }

    [Test]
    public void It_holds_the_scenario_the_charts_the_summary_and_the_captions()
    {
        var results = SimulatedRuns.Faulty;
        var html = Write(results);
        var text = html.Root!.Value;

        Assert.Multiple(() =>
        {
            Assert.That(html.Descendants(Name("h1")).Single().Value, Is.EqualTo("faulty"));
            Assert.That(text, Does.Contain("A <test> & its description."));
            Assert.That(text, Does.Contain(results[0].Fingerprint).And.Contain("seed"));
            Assert.That(Section(html, "charts").Descendants(Svg("svg")).Count(), Is.EqualTo(16));
            Assert.That(Section(html, "summary").Descendants(Name("h3")).Select(h => h.Value),
                Is.EqualTo(new[] { "reads-at-primary", "reads local/any" }));
            Assert.That(Section(html, "summary").Value, Does.Contain("write_latency_ms"));
            Assert.That(Section(html, "timeline").Value, Does.Contain("The transatlantic fibre is cut"));
        });
    }

    [Test]
    public void It_leads_with_seven_cards_per_strategy_and_folds_the_full_table_away()
    {
        var html = Write(SimulatedRuns.Faulty);

        var cards = Section(html, "headline").Descendants(Name("div")).Where(d => (string?)d.Attribute("class") == "cards").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(cards.Select(c => (string?)c.Attribute("data-strategy")), Is.EqualTo(new[] { "reads-at-primary", "reads local/any" }));
            Assert.That(cards.Select(c => c.Elements().Count()), Is.All.EqualTo(7));
            Assert.That(Section(html, "summary").Elements(Name("details")).Count(), Is.EqualTo(2));
            // The table's columns are summary.csv's.
            Assert.That(Section(html, "summary").Descendants(Name("th")).Select(t => t.Value).Take(10),
                Is.EqualTo(new[] { "metric", "scope", "unit", "count", "mean", "p50", "p90", "p99", "p999", "max" }));
        });
    }

    [Test]
    public void Nothing_is_loaded_from_elsewhere_and_ids_are_unique()
    {
        var html = Write(SimulatedRuns.Faulty);

        var ids = html.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(html.Descendants().Where(e => e.Attribute("src") is not null), Is.Empty);
            Assert.That(html.Descendants(Name("link")), Is.Empty);
            Assert.That(html.Descendants(Name("style")).Single().Value, Does.Not.Contain("url("));
        });
    }

    [Test]
    public void A_shared_fault_timeline_is_shown_once()
    {
        var html = Write(SimulatedRuns.Faulty);

        var rows = Section(html, "timeline").Descendants(Name("tbody")).Single().Elements(Name("tr")).ToList();
        Assert.That(rows, Has.Count.EqualTo(SimulatedRuns.Faulty[0].Events.Count));
    }

    private XDocument Write(IReadOnlyList<GeoSim.Core.Metrics.RunResult> results)
    {
        var charts = ChartSet.WriteRun(_scratch.Path, results);
        HtmlReport.Write(_scratch.Path, SimulatedRuns.Header(results[0]), results, charts);
        // The page is written in XML syntax; a DOCTYPE with no DTD is allowed by ignoring it.
        using var reader = XmlReader.Create(Path.Combine(_scratch.Path, HtmlReport.FileName),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static XElement Section(XDocument html, string id) =>
        html.Descendants(Name("section")).Single(s => (string?)s.Attribute("id") == id);

    private static XName Name(string local) => XName.Get(local);

    private static XName Svg(string local) => XName.Get(local, "http://www.w3.org/2000/svg");
}
