using System.Text;

namespace GeoSim.Core.Engine;

/// <summary>
/// Derives independent, named random streams from one scenario seed. A stream's seed depends only
/// on (seed, name), hashed with FNV-1a, never on string.GetHashCode or on the order streams are
/// created, so adding draws in one part of the model never shifts another.
/// </summary>
internal sealed class RandomStreams(long seed)
{
    public long Seed { get; } = seed;

    public RandomStream Get(string name)
    {
        var state = (ulong)Seed ^ Fnv1a(name);
        return new RandomStream(RandomStream.SplitMix64(ref state));
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }
        return hash;
    }
}
