using System.Collections.Concurrent;
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
    private readonly LayoutBox _root;
    private readonly TextEngine _text;
    private readonly List<(double From, double To)> _windows;
    private readonly SpriteCache _sprites;
    private readonly Dictionary<LayoutBox, SKRect> _extents = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(LayoutBox Box, string Text), TextBlock> _counted = new(CountKey.Instance);
    private static readonly SKPaint CopyPaint = new() { BlendMode = SKBlendMode.Src };

    /// <summary>Pixels around a moving element that its shadow or anti-aliasing may touch.</summary>
    private const float Margin = 96;

    public ScenePainter(Painter painter, TextEngine text, Scene scene, LayoutBox root, SizeF frame)
    {
        (_painter, _text, _scene, _frame, _root) = (painter, text, scene, frame, root);
        var (still, live) = Split(root);
        _live = live;
        _sprites = new SpriteCache(painter);
        if (live is not null)
        {
            _sprites.Choose(live);
        }

        foreach (var box in root.Descendants().Where(b => b.Element.Box.Motion is not null))
        {
            // Everything the element holds, with room for shadows and anti-aliasing (a count-up keeps within its final width).
            var extent = box.Descendants().Select(b => b.Bounds.ToSkia()).Aggregate(SKRect.Union);
            extent.Inflate(Margin, Margin);
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

    /// <summary>
    /// The scene's tree as a viewer sees it at scene time <paramref name="time"/>: each box moved and scaled by its
    /// motion (and its ancestors'), and what is less than half visible (fading in or out, not yet wiped in) left out.
    /// The design check reads it to see where text is on a frame.
    /// </summary>
    public LayoutBox? ShownAt(double time) => Shown(_root, time, 1, SKMatrix.Identity);

    private LayoutBox? Shown(LayoutBox box, double time, float opacity, SKMatrix parent)
    {
        var matrix = parent;
        var bounds = box.Bounds.ToSkia();
        opacity *= box.Element.Box.Opacity;
        if (box.Element.Box.Motion is { } motion)
        {
            var state = MotionEvaluator.StateAt(motion, time, _scene.Duration, _frame);
            opacity *= Math.Min(state.Opacity, state.Reveal);
            matrix = parent
                .PreConcat(SKMatrix.CreateTranslation(state.X, state.Y))
                .PreConcat(SKMatrix.CreateScale(state.Scale, state.Scale, bounds.MidX, bounds.MidY));
        }

        if (opacity < 0.5f)
        {
            return null;
        }

        var moved = matrix.MapRect(bounds);
        return box with
        {
            Bounds = new RectangleF(moved.Left, moved.Top, moved.Width, moved.Height),
            Children = [.. box.Children.Select(c => Shown(c, time, opacity, matrix)).OfType<LayoutBox>()],
        };
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

    /// <summary>
    /// A count-up's text at a moment, at the size the full number was laid out at, so the type does not jump. Each
    /// distinct number is broken into lines once (a 1.2 s count shows at most 36), then drawn from this cache.
    /// </summary>
    private TextBlock CountedText(LayoutBox box, float counted)
    {
        var element = (TextElement)box.Element;
        var spans = element.Spans;
        var index = Enumerable.Range(0, spans.Length).FirstOrDefault(i => spans[i].Text.Any(char.IsAsciiDigit), -1);
        if (index < 0)
        {
            return box.Text!;
        }

        var text = CountUp.At(spans[index].Text, counted);
        return _counted.GetOrAdd((box, text), key => Counting(key.Box, element with { Spans = spans.SetItem(index, spans[index] with { Text = key.Text }) }));
    }

    /// <summary>
    /// The counting number broken in the final number's box. Digits differ in width, so a number on its way up may
    /// be wider than the final one ("3.758" against "4.318"): it is then set a little smaller, so it keeps within the
    /// final width and its lines, and never wraps or reaches past the margin. At most three breaks per number.
    /// </summary>
    private TextBlock Counting(LayoutBox box, TextElement counting)
    {
        var final = box.Text!;
        var room = Math.Max(Widest(final), box.Bounds.Width - box.Element.Box.Padding.Left - box.Element.Box.Padding.Right);
        var style = counting.Style with { Size = final.Size, Fit = TextFit.None, MinSize = null };
        var block = _text.Break(counting with { Style = style }, room);
        if (Widest(block) <= room + 0.5f && block.Lines.Length <= final.Lines.Length)
        {
            return block;
        }

        // Its width on as few lines as the final number: a paragraph too wide for one line measures wider than the box.
        var natural = _text.Break(counting with { Style = style }, room * final.Lines.Length * 4);
        var scale = Math.Min(1, room * final.Lines.Length / Math.Max(Widest(natural) * natural.Lines.Length, 1)) * 0.99f;
        return _text.Break(counting with { Style = style with { Size = final.Size * scale } }, final.Lines.Length == 1 ? room * 4 : room);
    }

    private static float Widest(TextBlock block) => block.Lines.Select(l => l.Width).DefaultIfEmpty(0).Max();

    public void Dispose()
    {
        _still?.Dispose();
        _sprites.Dispose();
    }
}
