using ContentKit.Layout.Elements;
using SkiaSharp;

namespace ContentKit.Tests.Qr;

public class QrGeometryTests
{
    private static readonly SKColor Green = new(0x0E, 0x5E, 0x4A);

    private static readonly QrElement Brand = new() { Name = "qr", Data = QrImage.Url, Color = QrImage.Colour("#0E5E4A"), Background = QrImage.Colour("#FFFFFF") };

    [Fact]
    public void The_quiet_zone_is_exactly_four_modules_when_the_box_fits_whole_modules()
    {
        // The URL makes a version-4 code at level M: 33 modules and 2 × 4 of quiet zone, so 369 = 41 × 9 px.
        var image = QrImage.Paint(Brand, 369);
        var (dark, module) = Measure(image);

        Assert.Equal(9, module);
        Assert.Equal([36, 36, 36, 36], new[] { dark.Left, dark.Top, image.Width - dark.Right, image.Height - dark.Bottom });
        AssertBackgroundAround(image, dark);
    }

    [Fact]
    public void In_any_box_the_code_is_as_large_as_whole_modules_allow_with_at_least_four_modules_of_background_around_it()
    {
        var image = QrImage.Paint(Brand, 400);
        var (dark, module) = Measure(image);
        var margins = new[] { dark.Left, dark.Top, image.Width - dark.Right, image.Height - dark.Bottom };

        Assert.All(margins, margin => Assert.InRange(margin, 4 * module, margins.Min() + 1));
        var modulesWithQuietZone = (dark.Width / module) + 8;
        Assert.True((module + 1) * modulesWithQuietZone > image.Width, $"{module} px modules; {module + 1} px would fit too");
        AssertBackgroundAround(image, dark);
    }

    [Fact]
    public void Modules_are_drawn_with_crisp_edges_in_exactly_the_two_colours_even_in_a_box_off_the_pixel_grid()
    {
        var image = QrImage.Paint(Brand, 400, 400, SKRect.Create(10.4f, 7.7f, 380.3f, 380.3f));

        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var pixel = image.At(x, y);
                if (pixel != Green && pixel != SKColors.White && pixel.Alpha != 0)
                {
                    Assert.Fail($"pixel {x},{y} is {pixel}: a blurred edge");
                }
            }
        }
    }

    [Fact]
    public void In_a_wide_box_the_code_is_a_square_centred_in_it()
    {
        var image = QrImage.Paint(Brand, 500, 300, SKRect.Create(500, 300));
        var dark = DarkBounds(image);

        Assert.Equal(QrImage.Url, image.Text());
        Assert.InRange(dark.MidX, 249, 251);
        Assert.InRange(dark.MidY, 149, 151);
        Assert.Equal(0, image.At(99, 150).Alpha);
        Assert.Equal(SKColors.White, image.At(100, 150));
        Assert.Equal(SKColors.White, image.At(399, 150));
        Assert.Equal(0, image.At(400, 150).Alpha);
    }

    [Fact]
    public void The_logo_is_drawn_in_the_centre_and_covers_at_most_a_fifth_of_the_code()
    {
        var image = QrImage.Paint(Brand with { Logo = "brand:logo.png" }, 400);
        var dark = DarkBounds(image);
        var logo = SKRectI.Empty;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var pixel = image.At(x, y);
                if (pixel != Green && pixel != SKColors.White)
                {
                    logo = logo.IsEmpty ? new SKRectI(x, y, x + 1, y + 1) : SKRectI.Union(logo, new SKRectI(x, y, x + 1, y + 1));
                }
            }
        }

        Assert.False(logo.IsEmpty, "no logo pixels found");
        Assert.InRange(logo.MidX, dark.MidX - 2, dark.MidX + 2);
        Assert.InRange(logo.MidY, dark.MidY - 2, dark.MidY + 2);
        Assert.True(logo.Width <= dark.Width / 5, $"logo {logo.Width} px wide in a code {dark.Width} px wide");
    }

    /// <summary>The code without its quiet zone (every module-coloured pixel), and one module's width in pixels.</summary>
    private static (SKRectI Dark, int Module) Measure(QrImage image)
    {
        var dark = DarkBounds(image);

        // The top-left finder pattern's first row is 7 dark modules.
        var run = 0;
        while (image.At(dark.Left + run, dark.Top) == Green)
        {
            run++;
        }

        Assert.True(run % 7 == 0, $"the finder pattern is {run} px wide, not 7 whole modules");
        return (dark, run / 7);
    }

    private static void AssertBackgroundAround(QrImage image, SKRectI dark)
    {
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                if (!dark.Contains(x, y) && image.At(x, y) != SKColors.White)
                {
                    Assert.Fail($"pixel {x},{y} of the quiet zone is {image.At(x, y)}, not the background");
                }
            }
        }
    }

    /// <summary>The smallest rectangle holding every module-coloured pixel: the code without its quiet zone.</summary>
    private static SKRectI DarkBounds(QrImage image)
    {
        var (left, top, right, bottom) = (int.MaxValue, int.MaxValue, -1, -1);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                if (image.At(x, y) == Green)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x + 1), Math.Max(bottom, y + 1));
                }
            }
        }

        Assert.True(right > 0, "no dark modules found");
        return new SKRectI(left, top, right, bottom);
    }
}
