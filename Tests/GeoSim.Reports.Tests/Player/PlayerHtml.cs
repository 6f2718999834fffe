using System.Text.Json;
using System.Text.RegularExpressions;

namespace GeoSim.Reports.Tests.Player;

/// <summary>Reads player.html back: the embedded JSON, and attributes of elements of a dumped DOM.</summary>
internal static partial class PlayerHtml
{
    public static JsonElement Data(string html) =>
        JsonDocument.Parse(DataBlock().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new AssertionException("no player-data block")).RootElement;

    /// <summary>The value of <paramref name="attribute"/> on the one element whose <paramref name="key"/> attribute is <paramref name="value"/>.</summary>
    public static string Attribute(string dom, string key, string value, string attribute)
    {
        var encoded = value.Replace(">", "&gt;");
        var tags = Regex.Matches(dom, $"<[^>]*\\s{key}=\"{Regex.Escape(encoded)}\"[^>]*>").Select(m => m.Value).ToList();
        Assert.That(tags, Has.Count.EqualTo(1), $"elements with {key}=\"{value}\"");
        var found = Regex.Match(tags[0], $"\\s{attribute}=\"([^\"]*)\"");
        Assert.That(found.Success, $"{key}=\"{value}\" has no {attribute}");
        return found.Groups[1].Value;
    }

    /// <summary>The text content of the element with id <paramref name="id"/> (no nested elements).</summary>
    public static string Text(string dom, string id) =>
        Regex.Match(dom, $"id=\"{id}\"[^>]*>([^<]*)<") is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : throw new AssertionException($"no element {id}");

    [GeneratedRegex("<script type=\"application/json\" id=\"player-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();
}
