using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using GeoSim.Core.Metrics;
using GeoSim.Reports.Html;

namespace GeoSim.Reports.Player;

/// <summary>
/// player.html: the teaching player, one self-contained page. The run's data is embedded as JSON,
/// the script and style inline, the land outline (Natural Earth 110m, see land-110m-LICENSE.txt) as
/// one SVG path. Its Content-Security-Policy allows nothing but that inline script and style (by
/// their hashes), so the browser itself refuses any request the page might make.
/// </summary>
public static class PlayerPage
{
    public const string FileName = "player.html";

    /// <param name="said">What <c>replay</c> says of each result besides its events; null: nothing.</param>
    public static void Write(string outDir, ReportHeader header, IReadOnlyList<RunResult> results, Func<RunResult, IReadOnlyList<PlayerLine>>? said = null) =>
        File.WriteAllText(Path.Combine(outDir, FileName), Html(header, results, said), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    internal static string Html(ReportHeader header, IReadOnlyList<RunResult> results, Func<RunResult, IReadOnlyList<PlayerLine>>? said = null)
    {
        var script = Resource("player.js");
        var style = Resource("player.css");
        var name = HtmlText.Encode(header.ScenarioName);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src '")
            .Append(Hash(script)).Append("'; style-src '").Append(Hash(style)).Append("'\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            .Append("<title>GeoSim player: ").Append(name).Append("</title>\n")
            .Append("<style>").Append(style).Append("</style>\n</head>\n<body>\n")
            .Append("<div id=\"player\" data-time=\"0\" data-errors=\"\">\n<h1>").Append(name).Append("</h1>\n")
            .Append("<p class=\"description\">").Append(HtmlText.Encode(header.Description)).Append("</p>\n")
            .Append("<div class=\"controls\">\n<button id=\"play\" aria-pressed=\"false\">Play</button>\n")
            .Append("<span role=\"group\" aria-label=\"speed\"><button id=\"speed-1\" aria-pressed=\"false\">1×</button>")
            .Append("<button id=\"speed-10\" aria-pressed=\"true\">10×</button><button id=\"speed-100\" aria-pressed=\"false\">100×</button></span>\n")
            .Append("<span id=\"clock\" aria-live=\"off\">0:00.0</span>\n")
            .Append("<label>strategy <select id=\"strategy\"></select></label>\n")
            .Append("<span class=\"legend\">links (one line per direction, arrow: which): green up, red dashed partitioned, orange slow, purple lossy; regions: blue primary/leader, white replica, amber fenced, grey down; bar: replica behind (scaled to its worst); ← → or drag to move, space to play</span>\n</div>\n")
            .Append("<svg id=\"map\" viewBox=\"0 0 720 280\" role=\"img\" aria-label=\"regions and links\"><path class=\"land\" d=\"")
            .Append(Resource("land-110m.path").Trim()).Append("\"/></svg>\n")
            .Append("<svg id=\"timeline\" viewBox=\"0 0 1000 70\" preserveAspectRatio=\"none\" aria-hidden=\"true\"></svg>\n")
            .Append("<input id=\"scrub\" type=\"range\" min=\"0\" max=\"0\" step=\"0.1\" value=\"0\" aria-label=\"simulated time in seconds\"/>\n")
            .Append("<p id=\"narration\" aria-live=\"polite\"></p>\n<ol id=\"log\"></ol>\n</div>\n")
            .Append("<script type=\"application/json\" id=\"player-data\">")
            .Append(PlayerData.Json(header.ScenarioName, header.Description, results, said ?? (_ => []))).Append("</script>\n")
            .Append("<script>").Append(script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GeoSim.Reports.Player." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded in GeoSim.Reports");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
