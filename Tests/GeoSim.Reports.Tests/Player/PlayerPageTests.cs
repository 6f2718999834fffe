using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GeoSim.Core.Engine;
using GeoSim.Core.Run;
using GeoSim.Reports.Player;
using GeoSim.Scenario;

namespace GeoSim.Reports.Tests.Player;

public sealed class PlayerPageTests : ScratchFolderTest
{
    [Test]
    public void Every_strategy_is_embedded_with_a_role_per_region_and_a_state_per_link()
    {
        var data = PlayerHtml.Data(PlayerPage.Html(SimulatedRuns.Header(SimulatedRuns.Faulty[0]), SimulatedRuns.Faulty));

        var strategies = data.GetProperty("strategies").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(strategies.Select(s => s.GetProperty("label").GetString()), Is.EqualTo(new[] { "reads-at-primary", "reads local/any" }));
            Assert.That(data.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("name").GetString()), Is.EqualTo(new[] { "us-east-1", "eu-west-1" }));
            Assert.That(data.GetProperty("links").EnumerateArray().Select(l => l.GetString()), Is.EqualTo(new[] { "us-east-1->eu-west-1", "eu-west-1->us-east-1" }));
            foreach (var s in strategies)
            {
                Assert.That(s.GetProperty("roles").GetArrayLength(), Is.EqualTo(2));
                Assert.That(s.GetProperty("links").GetArrayLength(), Is.EqualTo(2));
                Assert.That(s.GetProperty("behind").GetArrayLength(), Is.EqualTo(2));
            }
        });
    }

    [Test]
    public void The_link_states_follow_the_scenarios_faults_and_the_primary_is_where_the_scenario_put_it()
    {
        // SimulatedRuns.Faulty: a partition both ways at 8 s for 6 s, then us-east-1 -> eu-west-1 only at 20 s for 3 s.
        var strategy = PlayerHtml.Data(PlayerPage.Html(SimulatedRuns.Header(SimulatedRuns.Faulty[0]), SimulatedRuns.Faulty))
            .GetProperty("strategies")[0];

        Assert.Multiple(() =>
        {
            Assert.That(Flat(strategy.GetProperty("links")[0]), Is.EqualTo("0 up 8 partitioned 14 up 20 partitioned 23 up"));
            Assert.That(Flat(strategy.GetProperty("links")[1]), Is.EqualTo("0 up 8 partitioned 14 up"));
            Assert.That(Flat(strategy.GetProperty("roles")[0]), Is.EqualTo("0 primary"));
            Assert.That(Flat(strategy.GetProperty("roles")[1]), Is.EqualTo("0 replica"));
            Assert.That(strategy.GetProperty("faults").GetArrayLength(), Is.EqualTo(2));
        });
    }

    [Test]
    public void The_narrative_captions_are_embedded_with_their_time()
    {
        var strategy = PlayerHtml.Data(PlayerPage.Html(SimulatedRuns.Header(SimulatedRuns.Faulty[0]), SimulatedRuns.Faulty))
            .GetProperty("strategies")[1];

        var captions = strategy.GetProperty("events").EnumerateArray().Where(e => e[1].GetString() == "narrative").ToList();
        Assert.That(captions.Select(c => $"{c[0].GetDouble()} {c[3].GetString()}"),
            Is.EqualTo(new[] { "8 The transatlantic fibre is cut; replicas in Europe stop hearing from the primary." }));
    }

    [Test]
    public void What_the_replay_says_of_each_strategy_is_embedded_with_it()
    {
        var results = SimulatedRuns.Faulty;
        var data = PlayerHtml.Data(PlayerPage.Html(SimulatedRuns.Header(results[0]), results,
            r => [new PlayerLine(9, "lag", $"{r.Strategy}: eu-west-1 is 1.0 s behind")]));

        Assert.That(data.GetProperty("strategies").EnumerateArray().Select(s => Flat(s.GetProperty("said")[0])),
            Is.EqualTo(new[] { "9 lag reads-at-primary: eu-west-1 is 1.0 s behind", "9 lag reads local/any: eu-west-1 is 1.0 s behind" }));
    }

    [Test]
    public void It_loads_nothing_and_its_policy_allows_only_its_own_inline_script_and_style()
    {
        var html = PlayerPage.Html(SimulatedRuns.Header(SimulatedRuns.Faulty[0]), SimulatedRuns.Faulty);

        var policy = Regex.Match(html, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value;
        var script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Multiple(() =>
        {
            Assert.That(policy, Is.EqualTo($"default-src 'none'; script-src '{Hash(script)}'; style-src '{Hash(style)}'"));
            Assert.That(Regex.Matches(html, "\\s(src|href)=").Count, Is.Zero);
            Assert.That(html, Does.Not.Contain("url("));
            Assert.That(Regex.Matches(html, "<script").Count, Is.EqualTo(2));
        });
    }

    [Test]
    public void The_same_results_give_the_same_bytes_under_any_culture()
    {
        var results = SimulatedRuns.Faulty;
        var first = PlayerPage.Html(SimulatedRuns.Header(results[0]), results);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.That(PlayerPage.Html(SimulatedRuns.Header(results[0]), results), Is.EqualTo(first));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Test]
    public void Two_runs_with_one_seed_give_byte_identical_pages_and_another_seed_differs()
    {
        var loaded = ScenarioLoader.LoadFile(Path.Combine(SimulatedRuns.RepoRoot(), "Scenarios", "faults-partition.yaml"));
        Assert.That(loaded.Errors, Is.Empty);
        var spec = loaded.Scenario! with { Duration = SimDuration.FromSeconds(70) };
        string Page(long seed)
        {
            var seeded = spec with { Seed = seed };
            var results = new[] { new Simulation(seeded, seeded.Strategies[0]).Run() };
            return PlayerPage.Html(SimulatedRuns.Header(results[0]), results);
        }

        var first = Page(1);
        Assert.Multiple(() =>
        {
            Assert.That(Page(1), Is.EqualTo(first));
            Assert.That(Page(2), Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void Run_and_compare_write_player_html_beside_the_report()
    {
        var results = SimulatedRuns.Faulty;
        Directory.CreateDirectory(_scratch.Out);
        ReportParts.ForCompare(SimulatedRuns.Header(results[0]), results)(_scratch.Out);

        Assert.That(PlayerHtml.Data(_scratch.Read(PlayerPage.FileName)).GetProperty("strategies").GetArrayLength(), Is.EqualTo(2));
    }

    [TestCase("us-east-1", 38.95, -77.45, true)]
    [TestCase("ap-southeast-2", -33.87, 151.21, true)]
    public void A_known_region_is_at_its_city(string name, double lat, double lon, bool known)
    {
        Assert.That(RegionLocations.Place([name]).Single(), Is.EqualTo(new PlacedRegion(name, lat, lon, known)));
    }

    [Test]
    public void Regions_of_unknown_name_are_spread_evenly_around_a_ring_and_marked()
    {
        // Four on a ring centred at 20 S 130 W, 20 degrees of latitude by 30 of longitude: north, east, south, west.
        var placed = RegionLocations.Place(["dc1", "us-east-1", "dc2", "dc3", "dc4"]);

        Assert.Multiple(() =>
        {
            Assert.That(placed.Where(p => !p.Known).Select(p => (p.Name, p.Lat, p.Lon)),
                Is.EqualTo(new[] { ("dc1", 0.0, -130.0), ("dc2", -20.0, -100.0), ("dc3", -40.0, -130.0), ("dc4", -20.0, -160.0) }));
            Assert.That(placed[1].Known);
            Assert.That(RegionLocations.Place(["lan"]).Single(), Is.EqualTo(new PlacedRegion("lan", -20, -130, Known: false)));
        });
    }

    private static string Flat(JsonElement changes) => string.Join(' ', changes.EnumerateArray().Select(e => e.ToString()));

    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));
}
