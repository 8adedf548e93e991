using System.Collections.Concurrent;
using ContentKit.Layout;
using SkiaSharp;

namespace ContentKit.Tests.Icons;

/// <summary>Each icon is parsed once per colour and line width, shared by every thread of a batch, and freed with the library.</summary>
public class IconCacheTests
{
    private static readonly Rgba Green = new(0x0E, 0x5E, 0x4A);

    [Fact]
    public void Same_icon_twice_is_parsed_once()
    {
        using var icons = BundledIcons.Open();

        var first = icons.Picture("calendar", Green, null);
        using (IconPixels.Draw(48, 48, canvas => icons.Paint(canvas, "calendar", Green, new SKRect(0, 0, 48, 48))))
        {
        }

        Assert.Same(first, icons.Picture("calendar", Green, null));
    }

    [Fact]
    public void Colour_and_line_width_each_get_their_own_drawing_but_alpha_does_not()
    {
        using var icons = BundledIcons.Open();

        var usual = icons.Picture("calendar", Green, null);

        Assert.NotSame(usual, icons.Picture("calendar", Rgba.Black, null));
        Assert.NotSame(usual, icons.Picture("calendar", Green, 3));
        Assert.Same(usual, icons.Picture("calendar", Green with { A = 100 }, null));
    }

    [Fact]
    public void Icons_render_the_same_from_many_threads_at_once()
    {
        using var icons = BundledIcons.Open();
        string[] names = ["calendar", "map-pin", "users", "landmark"];
        var expected = names.ToDictionary(name => name, name =>
        {
            // A separate library, so the reference is drawn before the shared one has parsed anything.
            using var reference = BundledIcons.Open();
            using var pixels = IconPixels.Draw(64, 64, canvas => reference.Paint(canvas, name, Green, new SKRect(0, 0, 64, 64)));
            return pixels.Bytes();
        });
        var pictures = new ConcurrentBag<(string Name, SKPicture Picture)>();
        var failures = new ConcurrentBag<string>();

        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var name = names[i % names.Length];
            pictures.Add((name, icons.Picture(name, Green, null)));
            using var pixels = IconPixels.Draw(64, 64, canvas => icons.Paint(canvas, name, Green, new SKRect(0, 0, 64, 64)));
            if (!pixels.Bytes().AsSpan().SequenceEqual(expected[name]))
            {
                failures.Add($"{name} on iteration {i}");
            }
        });

        Assert.Empty(failures);
        Assert.All(pictures.GroupBy(p => p.Name), group => Assert.Single(group.Select(p => p.Picture).Distinct()));
    }

    [Fact]
    public void Disposing_the_library_frees_its_drawings_and_ends_painting()
    {
        var icons = BundledIcons.Open();
        var picture = icons.Picture("calendar", Green, null);

        icons.Dispose();

        Assert.Equal(IntPtr.Zero, picture.Handle);
        Assert.Throws<ObjectDisposedException>(() => icons.Picture("calendar", Green, null));
    }
}
