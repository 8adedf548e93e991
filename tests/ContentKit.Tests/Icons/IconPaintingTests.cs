using ContentKit.Layout;
using ContentKit.Layout.Elements;
using SkiaSharp;

namespace ContentKit.Tests.Icons;

/// <summary>An icon is drawn in its colour and line width, as large as fits in its box, and never outside it.</summary>
public class IconPaintingTests
{
    private static readonly Rgba Green = new(0x0E, 0x5E, 0x4A);

    [Fact]
    public void Icon_paints_in_its_colour_inside_the_box_and_nothing_outside_it()
    {
        using var icons = BundledIcons.Open();
        var box = new SKRect(20, 30, 76, 86);

        using var pixels = IconPixels.Draw(120, 120, canvas => icons.Paint(canvas, Icon("calendar", Green), box));

        var inked = pixels.Inked().ToList();
        Assert.NotEmpty(inked);
        Assert.All(inked, p => Assert.True(box.Contains(p.X + 0.5f, p.Y + 0.5f), $"ink at ({p.X}, {p.Y}) is outside the box {box}"));
        var solid = inked.Where(p => p.Color.Alpha == 255).ToList();
        Assert.True(solid.Count > 100, $"only {solid.Count} fully covered pixels");
        Assert.All(solid, p => Assert.Equal(new SKColor(0x0E, 0x5E, 0x4A), p.Color));
    }

    [Fact]
    public void Icon_in_a_wide_box_stays_square_and_centred()
    {
        using var icons = BundledIcons.Open();

        // calendar's frame runs from 3 to 21 in the 24-unit grid: at 100 px per 24 units, 12.5 to 87.5 plus half a line.
        using var pixels = IconPixels.Draw(300, 100, canvas => icons.Paint(canvas, "calendar", Green, new SKRect(0, 0, 300, 100)));

        var ink = pixels.InkBounds();
        Assert.InRange(ink.Left, 100 + 7, 100 + 10);
        Assert.InRange(ink.Right, 200 - 10, 200 - 7);
        Assert.InRange(ink.Top, 0, 10);
        Assert.InRange(ink.Bottom, 100 - 10, 100 - 7);
    }

    [Fact]
    public void Another_colour_paints_the_same_shape_in_that_colour()
    {
        using var icons = BundledIcons.Open();
        var box = new SKRect(0, 0, 96, 96);

        using var green = IconPixels.Draw(96, 96, canvas => icons.Paint(canvas, "map-pin", Green, box));
        using var red = IconPixels.Draw(96, 96, canvas => icons.Paint(canvas, "map-pin", new Rgba(0xC0, 0x1B, 0x2C), box));

        Assert.Equal(green.Inked().Select(p => (p.X, p.Y, p.Color.Alpha)), red.Inked().Select(p => (p.X, p.Y, p.Color.Alpha)));
        Assert.All(red.Inked().Where(p => p.Color.Alpha == 255), p => Assert.Equal(new SKColor(0xC0, 0x1B, 0x2C), p.Color));
    }

    [Fact]
    public void Translucent_colour_makes_the_whole_icon_evenly_see_through()
    {
        using var icons = BundledIcons.Open();

        // The plus sign's two lines cross in the middle: per-stroke alpha would make the crossing darker.
        using var pixels = IconPixels.Draw(96, 96, canvas => icons.Paint(canvas, "plus", Green with { A = 128 }, new SKRect(0, 0, 96, 96)));

        var inked = pixels.Inked().ToList();
        Assert.NotEmpty(inked);
        Assert.InRange(inked.Max(p => p.Color.Alpha), 126, 130);
    }

    [Fact]
    public void Thicker_stroke_width_puts_down_more_ink()
    {
        using var icons = BundledIcons.Open();
        var box = new SKRect(0, 0, 96, 96);

        using var thin = IconPixels.Draw(96, 96, canvas => icons.Paint(canvas, Icon("calendar", Green, strokeWidth: 1), box));
        using var usual = IconPixels.Draw(96, 96, canvas => icons.Paint(canvas, Icon("calendar", Green), box));
        using var thick = IconPixels.Draw(96, 96, canvas => icons.Paint(canvas, Icon("calendar", Green, strokeWidth: 3), box));

        Assert.True(thin.Ink() < usual.Ink(), $"stroke-width 1 drew {thin.Ink()}, the usual 2 drew {usual.Ink()}");
        Assert.True(usual.Ink() < thick.Ink(), $"the usual 2 drew {usual.Ink()}, stroke-width 3 drew {thick.Ink()}");

        // Ink grows about in proportion to the line width.
        Assert.InRange(thick.Ink() / (double)thin.Ink(), 2.2, 3.3);
    }

    [Fact]
    public void Very_thick_lines_are_clipped_to_the_box()
    {
        using var icons = BundledIcons.Open();
        var box = new SKRect(20, 20, 68, 68);

        using var pixels = IconPixels.Draw(88, 88, canvas => icons.Paint(canvas, Icon("circle", Green, strokeWidth: 8), box));

        Assert.All(pixels.Inked(), p => Assert.True(box.Contains(p.X + 0.5f, p.Y + 0.5f), $"ink at ({p.X}, {p.Y}) is outside the box {box}"));
    }

    [Fact]
    public void Empty_box_or_transparent_colour_paints_nothing()
    {
        using var icons = BundledIcons.Open();

        using var empty = IconPixels.Draw(48, 48, canvas => icons.Paint(canvas, "calendar", Green, new SKRect(10, 10, 10, 40)));
        using var transparent = IconPixels.Draw(48, 48, canvas => icons.Paint(canvas, "calendar", Rgba.Transparent, new SKRect(0, 0, 48, 48)));

        Assert.Empty(empty.Inked());
        Assert.Empty(transparent.Inked());
    }

    [Fact]
    public void Painting_leaves_the_canvas_state_as_it_was()
    {
        using var icons = BundledIcons.Open();

        using var pixels = IconPixels.Draw(48, 48, canvas =>
        {
            var before = (canvas.SaveCount, canvas.TotalMatrix, canvas.LocalClipBounds);
            icons.Paint(canvas, "calendar", Green, new SKRect(8, 8, 40, 40));
            Assert.Equal(before, (canvas.SaveCount, canvas.TotalMatrix, canvas.LocalClipBounds));
        });
    }

    internal static IconElement Icon(string name, Rgba color, float? strokeWidth = null, int line = 0) =>
        new() { Name = "icon", Icon = name, Color = color, StrokeWidth = strokeWidth, Line = line };
}
