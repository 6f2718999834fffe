using GeoSim.Reports.Charts;
using GeoSim.Reports.Html;

namespace GeoSim.Reports.Tests.Browser;

/// <summary>report.html in a real browser (headless Chromium): it renders, says nothing on its console and loads nothing.</summary>
public sealed class ReportBrowserTests : ScratchFolderTest
{
    [Test]
    public void The_report_renders_with_no_console_message_and_no_request()
    {
        var results = SimulatedRuns.Faulty;
        HtmlReport.Write(_scratch.Path, SimulatedRuns.Header(results[0]), results, ChartSet.WriteRun(_scratch.Path, results));
        var page = Path.Combine(_scratch.Path, HtmlReport.FileName);
        var png = Path.Combine(_scratch.Path, "report.png");

        var console = HeadlessChromium.ConsoleMessages(page);
        var dom = HeadlessChromium.DumpDom(page);
        HeadlessChromium.Screenshot(page, "", png, 1280, 1600);

        Assert.Multiple(() =>
        {
            Assert.That(console, Is.Empty, "console messages (errors, or requests the page's policy blocked)");
            // The browser built the page: the headline cards and every chart are in its DOM.
            Assert.That(dom, Does.Contain("class=\"card-value\"").And.Contain("id=\"chart-lag-reads-at-primary\""));
            Assert.That(PngFile.Size(png), Is.EqualTo((1280, 1600)));
            // The top of the page (title, facts, the first cards) holds ink, not a blank render.
            Assert.That(PngFile.DarkPixels(png, 0, 0, 1280, 800), Is.GreaterThan(2000));
        });
    }

    [Test]
    public void A_page_that_tries_to_load_something_is_caught()
    {
        var page = Path.Combine(_scratch.Path, "fetches.html");
        File.WriteAllText(page, """
            <!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/></head>
            <body><img src="http://example.invalid/chart.png"/></body></html>
            """);

        var console = HeadlessChromium.ConsoleMessages(page);

        Assert.That(console, Has.Some.Contains("example.invalid"));
    }
}
