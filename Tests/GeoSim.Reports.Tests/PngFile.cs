using System.Buffers.Binary;
using SkiaSharp;

namespace GeoSim.Reports.Tests;

/// <summary>Reads what the chart tests check in a PNG file: its size, and whether a region holds any ink.</summary>
internal static class PngFile
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from the IHDR chunk, or null when the file is not a PNG.</summary>
    public static (int Width, int Height)? Size(string path)
    {
        var head = File.ReadAllBytes(path).AsSpan(0, 24);
        if (!head[..8].SequenceEqual(Signature))
        {
            return null;
        }
        return (BinaryPrimitives.ReadInt32BigEndian(head[16..20]), BinaryPrimitives.ReadInt32BigEndian(head[20..24]));
    }

    /// <summary>Pixels in the rectangle that are clearly darker than the white background.</summary>
    public static int DarkPixels(string path, int left, int top, int width, int height)
    {
        using var bitmap = SKBitmap.Decode(path);
        var count = 0;
        for (var y = top; y < top + height; y++)
        {
            for (var x = left; x < left + width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red + c.Green + c.Blue < 3 * 160)
                {
                    count++;
                }
            }
        }
        return count;
    }
}
