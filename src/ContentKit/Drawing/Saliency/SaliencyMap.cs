using System.Collections.Concurrent;
using System.Drawing;

namespace ContentKit.Drawing.Saliency;

/// <summary>
/// How much each cell of a photo matters (<see cref="SaliencyDetector"/>), and the cover crop that keeps the most of it
/// for a box of given proportions. Made once per decoded photo and kept with it in the <see cref="PhotoCache"/>;
/// immutable, so any number of rows and formats read it at once.
/// </summary>
internal sealed class SaliencyMap
{
    /// <summary>Candidate windows are this many cells apart: a quarter cell is 1/256 of the photo's long side.</summary>
    private const float Step = 0.25f;

    // smartcrop.js's weighting of a cell by where it falls in the window.
    private const float OutsideImportance = -0.5f, EdgeRadius = 0.4f, EdgeWeight = -20f;

    private readonly int _columns;
    private readonly int _rows;
    private readonly float _width;
    private readonly float _height;
    private readonly float[] _cells;

    /// <summary>Crops chosen so far, by box proportions: a photo is cropped to the same box when checked, drawn and filmed.</summary>
    private readonly ConcurrentDictionary<float, PointF> _chosen = new();

    /// <param name="columns">Cells across.</param>
    /// <param name="rows">Cells down.</param>
    /// <param name="width">The photo's width in cells (the last column may be partly outside it).</param>
    /// <param name="height">The photo's height in cells.</param>
    /// <param name="cells">Row by row, what each cell is worth (0 and up).</param>
    public SaliencyMap(int columns, int rows, float width, float height, float[] cells)
    {
        (_columns, _rows, _width, _height, _cells) = (columns, rows, width, height, cells);
    }

    /// <summary>The bytes of the map's cells (at most 64×64 floats: 16 KiB).</summary>
    public long Bytes => _cells.Length * sizeof(float);

    /// <summary>
    /// The focal point (fractions of the photo) whose <see cref="Layout.CoverCrop"/> for a box of
    /// <paramref name="boxAspect"/> (width / height) is the window keeping the most of the photo's salient cells,
    /// nearest the window's middle, with nothing salient on its edges. A cover crop cuts one axis only, so the windows
    /// tried slide along that axis; of equal windows the one nearest the photo's centre wins.
    /// </summary>
    public PointF FocusFor(float boxAspect) => _chosen.GetOrAdd(boxAspect, Choose);

    private PointF Choose(float boxAspect)
    {
        if (!(boxAspect > 0))
        {
            return new PointF(0.5f, 0.5f);
        }

        var wide = boxAspect >= _width / _height;
        var (windowWidth, windowHeight) = wide ? (_width, _width / boxAspect) : (_height * boxAspect, _height);
        var range = wide ? _height - windowHeight : _width - windowWidth;
        if (range < Step)
        {
            return new PointF(0.5f, 0.5f);
        }

        var (best, bestScore, bestDistance) = (range / 2, float.NegativeInfinity, float.PositiveInfinity);
        var count = (int)(range / Step);
        for (var i = 0; i <= count + 1; i++)
        {
            var offset = Math.Min(i * Step, range);
            var window = wide ? new RectangleF(0, offset, windowWidth, windowHeight) : new RectangleF(offset, 0, windowWidth, windowHeight);
            var score = Score(window);
            var distance = MathF.Abs(offset - (range / 2));
            if (score > bestScore + 1e-4f || (MathF.Abs(score - bestScore) <= 1e-4f && distance < bestDistance))
            {
                (best, bestScore, bestDistance) = (offset, score, distance);
            }
        }

        return wide
            ? new PointF(0.5f, (best + (windowHeight / 2)) / _height)
            : new PointF((best + (windowWidth / 2)) / _width, 0.5f);
    }

    private float Score(RectangleF window)
    {
        var total = 0f;
        for (var row = 0; row < _rows; row++)
        {
            for (var column = 0; column < _columns; column++)
            {
                var value = _cells[(row * _columns) + column];
                if (value > 0)
                {
                    total += value * Importance(window, column + 0.5f, row + 0.5f);
                }
            }
        }

        return total;
    }

    /// <summary>smartcrop.js's importance: highest in the window's middle and on its thirds, strongly negative near its edges, slightly negative outside.</summary>
    private static float Importance(RectangleF window, float x, float y)
    {
        if (x < window.Left || x >= window.Right || y < window.Top || y >= window.Bottom)
        {
            return OutsideImportance;
        }

        var px = MathF.Abs(0.5f - ((x - window.Left) / window.Width)) * 2;
        var py = MathF.Abs(0.5f - ((y - window.Top) / window.Height)) * 2;
        var dx = MathF.Max(px - 1 + EdgeRadius, 0);
        var dy = MathF.Max(py - 1 + EdgeRadius, 0);
        var edge = ((dx * dx) + (dy * dy)) * EdgeWeight;
        var centre = 1.41f - MathF.Sqrt((px * px) + (py * py));
        return centre + edge + (MathF.Max(0, centre + edge + 0.5f) * 1.2f * (Thirds(px) + Thirds(py)));
    }

    private static float Thirds(float x)
    {
        x = ((((x - (1 / 3f) + 1) % 2) * 0.5f) - 0.5f) * 16;
        return MathF.Max(1 - (x * x), 0);
    }
}
