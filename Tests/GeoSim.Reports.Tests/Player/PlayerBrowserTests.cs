using GeoSim.Core.Run;
using GeoSim.Core.Metrics;
using GeoSim.Reports.Player;
using GeoSim.Reports.Tests.Browser;
using GeoSim.Scenario;

namespace GeoSim.Reports.Tests.Player;

/// <summary>
/// player.html of the GitHub incident (both strategies, as <c>compare</c> writes it) in headless
/// Chromium: what the DOM shows at a moment given in the URL, and what switching strategy and the
/// arrow keys do. One browser launch per test.
/// </summary>
[NonParallelizable]
public sealed class PlayerBrowserTests
{
    private const string East = "us-east-1";
    private const string West = "us-west-2";

    private ScratchFolder _scratch = null!;
    private string _page = null!;

    [OneTimeSetUp]
    public void WriteThePlayer()
    {
        var path = Path.Combine(SimulatedRuns.RepoRoot(), "Scenarios", "incidents", "github-2018-10-21.yaml");
        var loaded = ScenarioLoader.LoadFile(path);
        Assert.That(loaded.Errors, Is.Empty);
        var spec = loaded.Scenario!;
        IReadOnlyList<RunResult> results = spec.Strategies.Select(s => new Simulation(spec, s).Run()).ToList();
        _scratch = new ScratchFolder();
        PlayerPage.Write(_scratch.Path, SimulatedRuns.Header(results[0]), results);
        _page = Path.Combine(_scratch.Path, PlayerPage.FileName);
    }

    [OneTimeTearDown]
    public void DeleteThePlayer() => _scratch.Dispose();

    [Test]
    public void At_70_s_us_east_1_is_isolated_and_fenced_and_us_west_2_is_the_primary()
    {
        var dom = HeadlessChromium.DumpDom(_page, "#t=70");

        Assert.Multiple(() =>
        {
            Shows(dom, "70", "as-it-happened");
            Assert.That(Role(dom, East), Is.EqualTo("fenced"));
            Assert.That(Link(dom, $"{East}->{West}"), Is.EqualTo("partitioned"));
            Assert.That(Link(dom, $"{West}->{East}"), Is.EqualTo("partitioned"));
            // Promoted at 69.9 s, one election round trip after it stopped hearing the primary.
            Assert.That(Role(dom, West), Is.EqualTo("primary"));
            Assert.That(PlayerHtml.Text(dom, "narration"), Does.Contain("Nodes outside US East have missed 10 s of heartbeats"));
        });
    }

    [Test]
    public void At_69_s_the_election_in_us_west_2_is_still_under_way()
    {
        var dom = HeadlessChromium.DumpDom(_page, "#t=69");

        Assert.Multiple(() =>
        {
            Assert.That(Role(dom, East), Is.EqualTo("fenced"));
            Assert.That(Role(dom, West), Is.EqualTo("replica"));
        });
    }

    [Test]
    public void At_71_s_us_west_2_is_the_primary_while_us_east_1_is_still_cut_off_and_fenced()
    {
        var dom = HeadlessChromium.DumpDom(_page, "#t=71");

        Assert.Multiple(() =>
        {
            Shows(dom, "71", "as-it-happened");
            Assert.That(Role(dom, West), Is.EqualTo("primary"));
            Assert.That(Role(dom, East), Is.EqualTo("fenced"));
            Assert.That(Link(dom, $"{East}->{West}"), Is.EqualTo("partitioned"));
            Assert.That(Link(dom, $"{West}->{East}"), Is.EqualTo("partitioned"));
            Assert.That(PlayerHtml.Attribute(dom, "data-region", East, "data-writes"), Is.EqualTo("0"));
        });
    }

    [Test]
    public void At_200_s_the_partition_is_healed_and_us_east_1_is_a_replica_of_the_new_primary()
    {
        var dom = HeadlessChromium.DumpDom(_page, "#t=200");

        Assert.Multiple(() =>
        {
            Shows(dom, "200", "as-it-happened");
            Assert.That(Link(dom, $"{East}->{West}"), Is.EqualTo("up"));
            Assert.That(Link(dom, $"{West}->{East}"), Is.EqualTo("up"));
            Assert.That(Role(dom, West), Is.EqualTo("primary"));
            Assert.That(Role(dom, East), Is.EqualTo("replica"));
            Assert.That(PlayerHtml.Text(dom, "narration"), Does.Contain("GitHub chose to fail forward"));
        });
    }

    [Test]
    public void Switching_strategy_keeps_the_moment_and_the_arrow_keys_move_it()
    {
        // A page beside the player drives it as a person would: choose the other strategy, then press the right arrow.
        var harness = Path.Combine(_scratch.Path, "harness.html");
        File.WriteAllText(harness, """
            <!DOCTYPE html><html><body><pre id="out"></pre><iframe id="f" src="player.html#t=80"></iframe>
            <script>
            document.getElementById("f").addEventListener("load", function () {
              var d = this.contentDocument, w = this.contentWindow, out = [];
              function snap() {
                var p = d.getElementById("player");
                out.push([p.getAttribute("data-time"), p.getAttribute("data-strategy"),
                  d.querySelector('[data-region="us-east-1"]').getAttribute("data-role"),
                  d.querySelector('[data-region="us-west-2"]').getAttribute("data-role"), p.getAttribute("data-errors")].join(" "));
              }
              snap();
              var s = d.getElementById("strategy"); s.value = "1"; s.dispatchEvent(new w.Event("change"));
              snap();
              d.dispatchEvent(new w.KeyboardEvent("keydown", { key: "ArrowRight" }));
              snap();
              document.getElementById("out").textContent = out.join("|");
            });
            </script></body></html>
            """);

        var dom = HeadlessChromium.DumpDom(harness, "", "--allow-file-access-from-files");

        Assert.That(PlayerHtml.Text(dom, "out").Split('|'), Is.EqualTo(new[]
        {
            "80 as-it-happened fenced primary ",
            "80 promote-within-region fenced replica ",
            "81 promote-within-region fenced replica ",
        }));
    }

    private static void Shows(string dom, string time, string strategy)
    {
        Assert.That(PlayerHtml.Attribute(dom, "id", "player", "data-errors"), Is.Empty, "script errors");
        Assert.That(PlayerHtml.Attribute(dom, "id", "player", "data-time"), Is.EqualTo(time));
        Assert.That(PlayerHtml.Attribute(dom, "id", "player", "data-strategy"), Is.EqualTo(strategy));
    }

    private static string Role(string dom, string region) => PlayerHtml.Attribute(dom, "data-region", region, "data-role");

    private static string Link(string dom, string link) => PlayerHtml.Attribute(dom, "data-link", link, "data-state");
}
