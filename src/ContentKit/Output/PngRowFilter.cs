using System.Numerics;

namespace ContentKit.Output;

/// <summary>
/// PNG's five row filters (None, Sub, Up, Average, Paeth; PNG spec §9), chosen per row by the row's class: a flat row
/// is left unfiltered; any other gets libpng's heuristic, the filter whose output has the smallest sum of absolute
/// values, each byte read as signed. Filtering reads only unfiltered bytes, so every filter runs a vector (32 bytes
/// with AVX2) at a time.
/// </summary>
internal sealed class PngRowFilter
{
    private const int FilterCount = 5;

    // A row is flat when at least 4/10 of its bytes repeat the byte one pixel to the left; measured on the text-only,
    // photo and chart posters, 0.4 gave the smallest files of 0.2-0.9:
    // 0.2-0.3 leave photo rows unfiltered (+6-18%), 0.5 and above filter text rows (+1-4%).
    private const int FlatRowTenths = 4;
    private readonly int _bytesPerPixel;
    private readonly byte[][] _outputs;

    public PngRowFilter(int rowLength, int bytesPerPixel)
    {
        _bytesPerPixel = bytesPerPixel;
        _outputs = new byte[FilterCount][];
        for (var i = 0; i < FilterCount; i++)
        {
            // Each output starts with its filter-type byte, as the row is stored in the image data.
            _outputs[i] = new byte[rowLength + 1];
            _outputs[i][0] = (byte)i;
        }
    }

    /// <summary>Filters <paramref name="row"/> (its <paramref name="above"/> row is zeros for the first) and returns the chosen filtered row, type byte first.</summary>
    public ReadOnlySpan<byte> Filter(ReadOnlySpan<byte> row, ReadOnlySpan<byte> above)
    {
        row.CopyTo(_outputs[0].AsSpan(1));
        var sub = _outputs[1].AsSpan(1);
        Apply(1, row, above, sub);

        // A flat row (runs of one colour: text, panels, chart bars) compresses best unfiltered, where deflate finds the
        // runs and the row above; the sum heuristic picks Sub or Up there and costs 8-22% in size (PngWriterBenchmarks).
        if (sub.Count((byte)0) * 10 >= row.Length * FlatRowTenths)
        {
            return _outputs[0];
        }

        var best = 0;
        var bestSum = AbsoluteSum(row);
        for (var type = 1; type < FilterCount; type++)
        {
            var output = _outputs[type].AsSpan(1);
            if (type > 1)
            {
                Apply(type, row, above, output);
            }

            var sum = AbsoluteSum(output);
            if (sum < bestSum)
            {
                (best, bestSum) = (type, sum);
            }
        }

        return _outputs[best];
    }

    private void Apply(int type, ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, Span<byte> output)
    {
        var bpp = _bytesPerPixel;
        // The first pixel has no left neighbour (a = c = 0), so it is filtered byte by byte.
        for (var i = 0; i < bpp; i++)
        {
            output[i] = (byte)(row[i] - Predict(type, 0, above[i], 0));
        }

        var width = Vector<byte>.Count;
        var x = bpp;
        for (; x + width <= row.Length; x += width)
        {
            var current = new Vector<byte>(row[x..]);
            var left = new Vector<byte>(row[(x - bpp)..]);
            var up = new Vector<byte>(above[x..]);
            var predicted = type switch
            {
                1 => left,
                2 => up,
                3 => (left & up) + Vector.ShiftRightLogical(left ^ up, 1),
                _ => Paeth(left, up, new Vector<byte>(above[(x - bpp)..])),
            };
            (current - predicted).CopyTo(output[x..]);
        }

        for (; x < row.Length; x++)
        {
            output[x] = (byte)(row[x] - Predict(type, row[x - bpp], above[x], above[x - bpp]));
        }
    }

    private static int Predict(int type, int left, int up, int upLeft) => type switch
    {
        1 => left,
        2 => up,
        3 => (left + up) >> 1,
        _ => PaethScalar(left, up, upLeft),
    };

    private static int PaethScalar(int a, int b, int c)
    {
        var pa = Math.Abs(b - c);
        var pb = Math.Abs(a - c);
        var pc = Math.Abs(a + b - (2 * c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static Vector<byte> Paeth(Vector<byte> a, Vector<byte> b, Vector<byte> c)
    {
        Vector.Widen(a, out var aLow, out var aHigh);
        Vector.Widen(b, out var bLow, out var bHigh);
        Vector.Widen(c, out var cLow, out var cHigh);
        return Vector.Narrow(
            Paeth(Vector.AsVectorInt16(aLow), Vector.AsVectorInt16(bLow), Vector.AsVectorInt16(cLow)),
            Paeth(Vector.AsVectorInt16(aHigh), Vector.AsVectorInt16(bHigh), Vector.AsVectorInt16(cHigh)));
    }

    private static Vector<ushort> Paeth(Vector<short> a, Vector<short> b, Vector<short> c)
    {
        var pa = Vector.Abs(b - c);
        var pb = Vector.Abs(a - c);
        var pc = Vector.Abs(a + b - c - c);
        var useA = Vector.LessThanOrEqual(pa, pb) & Vector.LessThanOrEqual(pa, pc);
        var useB = Vector.LessThanOrEqual(pb, pc);
        return Vector.AsVectorUInt16(Vector.ConditionalSelect(useA, a, Vector.ConditionalSelect(useB, b, c)));
    }

    /// <summary>Σ|b| over the bytes read as signed (−128 counts 128), libpng's measure of how well a row will compress.</summary>
    private static long AbsoluteSum(ReadOnlySpan<byte> bytes)
    {
        var width = Vector<byte>.Count;
        long total = 0;
        var x = 0;
        while (x + width <= bytes.Length)
        {
            // A ushort lane gains at most 2 × 128 a step, so 255 steps cannot overflow it.
            var sums = Vector<ushort>.Zero;
            for (var step = 0; step < 255 && x + width <= bytes.Length; step++, x += width)
            {
                var value = new Vector<byte>(bytes[x..]);
                var magnitude = Vector.Min(value, Vector<byte>.Zero - value);
                Vector.Widen(magnitude, out var low, out var high);
                sums += low + high;
            }

            Vector.Widen(sums, out var sumLow, out var sumHigh);
            total += Vector.Sum(sumLow + sumHigh);
        }

        for (; x < bytes.Length; x++)
        {
            int value = (sbyte)bytes[x];
            total += Math.Abs(value);
        }

        return total;
    }
}
