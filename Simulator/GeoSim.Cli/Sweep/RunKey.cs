using System.Security.Cryptography;
using System.Text;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// The identity of a run's inputs: the GeoSim version, the variant's scenario text (its
/// fingerprint), the strategy, the seed and the metrics kept. A re-run reuses stored results only
/// under the same key, so a changed scenario or a new version is never mixed with old numbers.
/// </summary>
internal static class RunKey
{
    public static string Of(string version, string fingerprint, string strategy, long seed, string metrics)
    {
        var text = $"{version}\n{fingerprint}\n{strategy}\n{seed}\n{metrics}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
