using System.Security.Cryptography;
using System.Text;

namespace GeoSim.Scenario;

/// <summary>A short hash of the scenario source, printed with every run to tie results to their input.</summary>
internal static class Fingerprint
{
    private const int HexChars = 16;

    /// <summary>The first 16 lowercase hex characters of SHA-256 over the UTF-8 text.</summary>
    public static string Of(string scenarioText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scenarioText)))[..HexChars];
}
