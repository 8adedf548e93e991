using System.Diagnostics;
using ContentKit.Output;
using SkiaSharp;

namespace ContentKit.Tests.PngWriting;

public sealed class PngWriterTests
{
    [Fact]
    public void Posters_decode_with_Skia_to_the_pixels_that_were_written()
    {
        foreach (var (name, poster) in PngFiles.Posters())
        {
            using (poster)
            {
                var png = PngFiles.Write(poster);
                using var decoded = PngFiles.Decode(png);
                Assert.True(PngFiles.StraightAlpha(poster).AsSpan().SequenceEqual(decoded.GetPixelSpan()), $"the {name} poster decodes to other pixels");
            }
        }
    }

    [Fact]
    public void Opaque_posters_are_written_as_RGB_and_no_larger_than_Skia_writes_them()
    {
        foreach (var (name, poster) in PngFiles.Posters())
        {
            using (poster)
            {
                var png = PngFiles.Write(poster);
                Assert.Equal(2, png[25]); // IHDR colour type: truecolour without alpha
                using var skia = poster.Encode(SKEncodedImageFormat.Png, 100);
                Assert.True(png.Length <= skia.Size * 1.05, $"the {name} poster takes {png.Length} bytes against Skia's {skia.Size}");
            }
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 5)]
    [InlineData(33, 9)]
    [InlineData(301, 40)]
    public void Translucent_images_of_any_width_decode_to_their_straight_alpha_pixels(int width, int height)
    {
        using var image = PngFiles.Translucent(width, height);
        var png = PngFiles.Write(image);
        Assert.Equal(6, png[25]); // IHDR colour type: truecolour with alpha
        using var decoded = PngFiles.Decode(png);
        Assert.Equal(image.GetPixelSpan().ToArray(), decoded.GetPixelSpan().ToArray());
    }

    [Fact]
    public void Premultiplied_pixels_are_written_unpremultiplied()
    {
        using var image = PngFiles.Translucent(64, 16);
        using var premultiplied = new SKBitmap(new SKImageInfo(64, 16, SKColorType.Rgba8888, SKAlphaType.Premul));
        Assert.True(image.PeekPixels().ReadPixels(premultiplied.PeekPixels()));
        using var decoded = PngFiles.Decode(PngFiles.Write(premultiplied));
        Assert.Equal(PngFiles.StraightAlpha(premultiplied), decoded.GetPixelSpan().ToArray());
    }

    [Fact]
    public void The_same_pixels_give_the_same_bytes()
    {
        using var image = PngFiles.Translucent(120, 50);
        Assert.Equal(PngFiles.Write(image), PngFiles.Write(image));
    }

    [Fact]
    public void Pngcheck_finds_every_chunk_and_CRC_valid()
    {
        var folder = TestPaths.NewTempFolder();
        var files = new List<string>();
        foreach (var (name, poster) in PngFiles.Posters())
        {
            using (poster)
            {
                files.Add(Path.Combine(folder, name + ".png"));
                File.WriteAllBytes(files[^1], PngFiles.Write(poster));
            }
        }

        using (var image = PngFiles.Translucent(33, 9))
        {
            files.Add(Path.Combine(folder, "translucent.png"));
            File.WriteAllBytes(files[^1], PngFiles.Write(image));
        }

        var (exitCode, output) = Run("pngcheck", ["-v", .. files]);
        Assert.True(exitCode == 0, output);
        Assert.Equal(files.Count, output.Split('\n').Count(l => l.StartsWith("No errors detected", StringComparison.Ordinal)));
    }

    internal static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program} is needed by this test and was not found on PATH (apt-get install {program}).", e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
    }
}
