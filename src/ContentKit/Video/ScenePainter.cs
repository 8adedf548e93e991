using System.Drawing;
using ContentKit.Drawing;
using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Layout.Scenes;
using ContentKit.Text;
using SkiaSharp;

namespace ContentKit.Video;

/// <summary>
/// Paints one laid-out scene at any time in it. Everything painted before the first moving element is still
/// for the whole scene, so it is painted once into a cached image; each frame draws that image and then only
/// the rest of the tree. <see cref="Moves"/> tells the frame loop when a frame would equal the one before.
/// </summary>
internal sealed class ScenePainter : IDisposable
{
    private readonly Painter _painter;
    private readonly LayoutBox? _live;
    private readonly SKImage? _still;
    private readonly Scene _scene;
    private readonly SizeF _frame;
    private readonly TextEngine _text;
    private readonly List<(double From, double To)> _windows;
    private readonly SpriteCache _sprites;
    private readonly Dictionary<LayoutBox, SKRect> _extents = new(ReferenceEqualityComparer.Instance);
    private static readonly SKPaint CopyPaint = new() { BlendMode = SKBlendMode.Src };

    /// <summary>Pixels around a moving element that its shadow or anti-aliasing may touch.</summary>
    private const float Margin = 96;

    public ScenePainter(Painter painter, TextEngine text, Scene scene, LayoutBox root, SizeF frame)
    {
        (_painter, _text, _scene, _frame) = (painter, text, scene, frame);
        var (still, live) = Split(root);
        _live = live;
        _sprites = new SpriteCache(painter);
        if (live is not null)
        {
            _sprites.Choose(live);
        }

        foreach (var box in root.Descendants().Where(b => b.Element.Box.Motion is not null))
        {
            // Everything the element holds, with room for shadows and anti-aliasing, and for a count-up whose digits run wider than the final number.
            var extent = box.Descendants().Select(b => b.Bounds.ToSkia()).Aggregate(SKRect.Union);
            extent.Inflate(box.Element.Box.Motion!.Enter.Contains(MotionPreset.CountUp) ? extent.Width + Margin : Margin, Margin);
            _extents[box] = extent;
        }

        _windows = [.. root.Descendants().Where(b => b.Element.Box.Motion is not null).SelectMany(b => MotionEvaluator.Windows(b.Element.Box.Motion!, scene.Duration))];
        EnteredAt = Math.Min(scene.Duration, root.Descendants().Select(b => b.Element.Box.Motion is { } m ? MotionEvaluator.EnteredAt(m) : 0).DefaultIfEmpty(0).Max());
        if (still is not null)
        {
            using var surface = SKSurface.Create(new SKImageInfo((int)frame.Width, (int)frame.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
            surface.Canvas.Clear(SKColors.White);
            painter.Paint(surface.Canvas, still);
            _still = surface.Snapshot();
        }
    }

    public Scene Scene => _scene;

    /// <summary>When every entrance in the scene has finished: a good poster moment.</summary>
    public double EnteredAt { get; }

    /// <summary>True when something changes between scene times <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool Moves(double from, double to) => _windows.Any(w => w.From < to && w.To > from);

    /// <summary>
    /// The part of the frame that can differ between scene times <paramref name="from"/> and <paramref name="to"/>:
    /// every moving element's extent, as its own motion and its moving ancestors place it at either time.
    /// A frame loop copies the previous frame and repaints only this rectangle.
    /// </summary>
    public SKRect Changed(double from, double to)
    {
        var changed = SKRect.Empty;
        if (_live is not null)
        {
            foreach (var time in (double[])[from, to])
            {
                Extents(_live, SKMatrix.Identity, new SceneMoment(time, _scene.Duration, _frame, CountedText, _sprites, null), ref changed);
            }
        }

        return changed;
    }

    private void Extents(LayoutBox box, SKMatrix parent, SceneMoment moment, ref SKRect changed)
    {
        var matrix = parent;
        if (_extents.TryGetValue(box, out var extent))
        {
            var state = moment.StateOf(box);
            var bounds = box.Bounds.ToSkia();
            matrix = parent
                .PreConcat(SKMatrix.CreateTranslation(state.X, state.Y))
                .PreConcat(SKMatrix.CreateScale(state.Scale, state.Scale, bounds.MidX, bounds.MidY))
                .PreConcat(SKMatrix.CreateRotationDegrees(state.Rotate + box.Element.Box.Rotate, bounds.MidX, bounds.MidY));
            changed = changed.IsEmpty ? matrix.MapRect(extent) : SKRect.Union(changed, matrix.MapRect(extent));
        }

        foreach (var child in box.Children)
        {
            Extents(child, matrix, moment, ref changed);
        }
    }

    /// <summary>Paints the scene at <paramref name="time"/>; <paramref name="target"/> is the frame's memory when the canvas draws straight into it.</summary>
    public void Paint(SKCanvas canvas, double time, Pixels? target = null)
    {
        if (_still is null)
        {
            canvas.Clear(SKColors.White);
        }
        else
        {
            // The still part is opaque and covers the frame: copying it is far cheaper than blending it.
            canvas.DrawImage(_still, 0, 0, SKSamplingOptions.Default, CopyPaint);
        }

        if (_live is not null)
        {
            _painter.Paint(canvas, _live, new SceneMoment(time, _scene.Duration, _frame, CountedText, _sprites, target));
        }
    }

    /// <summary>
    /// Splits a tree into what is painted before the first moving element and the rest. A plain container
    /// (no clip, border, opacity or rotation) can be split between the two: its background goes with the still
    /// part. Anything else that holds motion goes whole into the live part.
    /// </summary>
    internal static (LayoutBox? Still, LayoutBox? Live) Split(LayoutBox box)
    {
        if (!HasMotion(box))
        {
            return (box, null);
        }

        if (box.Element is not ContainerElement { Box.Motion: null, Box.Opacity: 1, Box.Rotate: 0, Decoration: { Clip: false, BorderWidth: <= 0 } } container)
        {
            return (null, box);
        }

        var still = new List<LayoutBox>();
        var live = new List<LayoutBox>();
        foreach (var child in box.Children)
        {
            if (live.Count > 0)
            {
                live.Add(child);
                continue;
            }

            var (s, l) = Split(child);
            if (s is not null)
            {
                still.Add(s);
            }

            if (l is not null)
            {
                live.Add(l);
            }
        }

        return (box with { Children = [.. still] }, box with { Element = container with { Decoration = Decoration.None }, Children = [.. live] });
    }

    private static bool HasMotion(LayoutBox box) => SpriteCache.HasMotion(box);

    /// <summary>A count-up's text at a moment, at the size the full number was laid out at, so the type does not jump.</summary>
    private TextBlock CountedText(LayoutBox box, float counted)
    {
        var element = (TextElement)box.Element;
        var spans = element.Spans;
        var index = Enumerable.Range(0, spans.Length).FirstOrDefault(i => spans[i].Text.Any(char.IsAsciiDigit), -1);
        var counting = index < 0 ? element : element with
        {
            Spans = spans.SetItem(index, spans[index] with { Text = CountUp.At(spans[index].Text, counted) }),
            Style = element.Style with { Size = box.Text!.Size, Fit = TextFit.None, MinSize = null },
        };
        // Digits differ in width, so a number on its way up may be wider than the final one: give it room rather than cut it.
        return _text.Break(counting, box.Bounds.Width * 2);
    }

    public void Dispose()
    {
        _still?.Dispose();
        _sprites.Dispose();
    }
}
