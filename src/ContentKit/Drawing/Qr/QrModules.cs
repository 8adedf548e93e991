using System.Collections;

namespace ContentKit.Drawing.Qr;

/// <summary>The dark and light modules of a QR code, without any quiet zone; square, <see cref="Size"/> modules a side.</summary>
internal sealed class QrModules
{
    /// <summary>Light modules the standard (ISO/IEC 18004) requires around the code so scanners find its edge.</summary>
    public const int QuietZone = 4;

    private readonly bool[] _dark;

    private QrModules(int size, bool[] dark)
    {
        Size = size;
        _dark = dark;
    }

    public int Size { get; }

    /// <summary>Modules a side including the quiet zone on both sides.</summary>
    public int SizeWithQuietZone => Size + (2 * QuietZone);

    /// <summary>True for a dark module; <paramref name="x"/> and <paramref name="y"/> count from the code's top-left corner, inside the quiet zone.</summary>
    public bool IsDark(int x, int y) => _dark[(y * Size) + x];

    /// <summary>
    /// Copies QRCoder's matrix, which already carries a quiet zone of its own (a version-4 code of 33 modules
    /// comes as 41×41); that border is cut off here so the painter draws the quiet zone exactly once.
    /// </summary>
    public static QrModules FromMatrix(IReadOnlyList<BitArray> matrix, int version)
    {
        var size = 17 + (4 * version);
        var border = (matrix.Count - size) / 2;
        var dark = new bool[size * size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                dark[(y * size) + x] = matrix[y + border][x + border];
            }
        }

        return new QrModules(size, dark);
    }
}
