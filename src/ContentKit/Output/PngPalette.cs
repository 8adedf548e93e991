using System.Runtime.InteropServices;
using SkiaSharp;

namespace ContentKit.Output;

/// <summary>
/// The palette of an opaque image that has few colours, and each pixel's index into it: PNG colour type 3, one byte a
/// pixel instead of three. Flat designs have a few brand colours and the blends that antialias their edges; when
/// those are 256 or fewer the palette is exact. With <c>maxError</c> above zero, up to 4,096 colours are reduced to 256
/// (see <see cref="Choose"/>) and each drawn as its nearest, provided no channel moves by more than <c>maxError</c>;
/// a photo (thousands of colours) is refused after a few rows.
/// </summary>
internal sealed class PngPalette
{
    /// <summary>Past this many distinct colours an image is not a flat design: counting stops.</summary>
    private const int MaxDistinct = 4096;

    private PngPalette(uint[] colours, Dictionary<uint, byte> index)
    {
        Colours = colours;
        Index = index;
    }

    /// <summary>The palette's colours as RGBA words in memory order (alpha 255).</summary>
    public uint[] Colours { get; }

    /// <summary>Each colour of the image to its palette index.</summary>
    public Dictionary<uint, byte> Index { get; }

    /// <summary>The palette of <paramref name="pixels"/> (opaque Rgba8888), or null when it has too many colours.</summary>
    public static PngPalette? Of(SKPixmap pixels, int maxError)
    {
        var counts = new Dictionary<uint, int>();
        var source = pixels.GetPixelSpan();
        for (var y = 0; y < pixels.Height; y++)
        {
            var row = MemoryMarshal.Cast<byte, uint>(source.Slice(y * pixels.RowBytes, pixels.Width * 4));
            for (var x = 0; x < row.Length;)
            {
                // Runs of one colour are counted at once: flat designs are mostly runs.
                var colour = row[x];
                var run = 1;
                while (x + run < row.Length && row[x + run] == colour)
                {
                    run++;
                }

                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, colour, out _);
                count += run;
                x += run;
            }

            if (counts.Count > MaxDistinct || (maxError == 0 && counts.Count > 256))
            {
                return null;
            }
        }

        var kept = Choose(counts);
        var index = new Dictionary<uint, byte>(counts.Count);
        foreach (var colour in counts.Keys)
        {
            var (nearest, error) = Nearest(kept, colour);
            if (error > maxError)
            {
                return null;
            }

            index[colour] = nearest;
        }

        return new PngPalette(kept, index);
    }

    /// <summary>
    /// Every colour when there are 256 or fewer. Otherwise the 64 most frequent (the design's own colours), then
    /// repeatedly the colour furthest from all chosen so far (edge blends spread across the palette): on satori's
    /// card (815 colours) no pixel then moves by more than 2 levels, against 22 for the 256 most frequent.
    /// Ties go to the more frequent colour, then the smaller value, so the same pixels give the same palette.
    /// </summary>
    private static uint[] Choose(Dictionary<uint, int> counts)
    {
        var ranked = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => c.Key).ToArray();
        if (ranked.Length <= 256)
        {
            return ranked;
        }

        var chosen = ranked[..64].ToList();
        var error = ranked.Select(c => Nearest(chosen, c).Error).ToArray();
        while (chosen.Count < 256)
        {
            var furthest = 0;
            for (var i = 1; i < ranked.Length; i++)
            {
                furthest = error[i] > error[furthest] ? i : furthest;
            }

            if (error[furthest] == 0)
            {
                break;
            }

            var added = ranked[furthest];
            chosen.Add(added);
            for (var i = 0; i < ranked.Length; i++)
            {
                error[i] = Math.Min(error[i], Distance(ranked[i], added).Max);
            }
        }

        return [.. chosen];
    }

    /// <summary>The PLTE chunk's data: red, green, blue of each colour.</summary>
    public byte[] Entries()
    {
        var entries = new byte[Colours.Length * 3];
        for (var i = 0; i < Colours.Length; i++)
        {
            var bytes = BitConverter.GetBytes(Colours[i]);
            (entries[i * 3], entries[(i * 3) + 1], entries[(i * 3) + 2]) = (bytes[0], bytes[1], bytes[2]);
        }

        return entries;
    }

    /// <summary>One row of pixels as palette indices.</summary>
    public void Map(ReadOnlySpan<uint> pixels, Span<byte> indices)
    {
        var last = pixels[0];
        var value = Index[last];
        for (var x = 0; x < pixels.Length; x++)
        {
            if (pixels[x] != last)
            {
                last = pixels[x];
                value = Index[last];
            }

            indices[x] = value;
        }
    }

    /// <summary>The palette colour whose largest channel difference from <paramref name="colour"/> is smallest.</summary>
    private static (byte Index, int Error) Nearest(IReadOnlyList<uint> palette, uint colour)
    {
        var (best, bestError, bestSum) = (0, int.MaxValue, int.MaxValue);
        for (var i = 0; i < palette.Count; i++)
        {
            var (error, sum) = Distance(colour, palette[i]);
            if (error < bestError || (error == bestError && sum < bestSum))
            {
                (best, bestError, bestSum) = (i, error, sum);
            }
        }

        return ((byte)best, bestError);
    }

    /// <summary>The largest and the summed channel difference of two RGBA words.</summary>
    private static (int Max, int Sum) Distance(uint a, uint b)
    {
        var (max, sum) = (0, 0);
        for (var shift = 0; shift < 24; shift += 8)
        {
            var d = Math.Abs((int)((a >> shift) & 0xFF) - (int)((b >> shift) & 0xFF));
            max = Math.Max(max, d);
            sum += d;
        }

        return (max, sum);
    }
}
