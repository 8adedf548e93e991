using SkiaSharp;

namespace ContentKit.Tests.PngWriting;

/// <summary>
/// The PNGs load in a browser: headless Chromium (its own PNG decoder, not libpng) draws each file into a canvas and
/// reports its size and the sum of its bytes. The files are data: URLs, so reading the canvas back is allowed.
/// </summary>
public sealed class BrowserDecodingTests
{
    [Fact]
    public void Chromium_decodes_the_posters_to_the_written_pixels_and_loads_translucent_files()
    {
        var expected = new List<string>();
        var images = new List<string>();
        foreach (var (name, poster) in PngFiles.Posters())
        {
            using (poster)
            {
                images.Add(Convert.ToBase64String(PngFiles.Write(poster)));
                expected.Add($"{poster.Width}x{poster.Height}:{Sum(poster.GetPixelSpan())}");
            }
        }

        using (var translucent = PngFiles.Translucent(301, 40))
        {
            // A canvas stores premultiplied pixels, so only the size of a translucent file is compared.
            images.Add(Convert.ToBase64String(PngFiles.Write(translucent)));
            expected.Add("301x40");
        }

        var page = Path.Combine(TestPaths.NewTempFolder(), "png.html");
        File.WriteAllText(page, Page(images));
        var (exitCode, output) = PngWriterTests.Run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000", "--dump-dom", new Uri(page).AbsoluteUri]);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"<pre id=\"result\">{string.Join(' ', expected)}</pre>", output, StringComparison.Ordinal);
    }

    private static long Sum(ReadOnlySpan<byte> bytes)
    {
        long sum = 0;
        foreach (var b in bytes)
        {
            sum += b;
        }

        return sum;
    }

    private static string Page(IEnumerable<string> images) => $$"""
        <!DOCTYPE html>
        <html><body><pre id="result">pending</pre><script>
        const sources = [{{string.Join(',', images.Select(i => $"'data:image/png;base64,{i}'"))}}];
        Promise.all(sources.map((src, i) => new Promise(resolve => {
          const img = new Image();
          img.onerror = () => resolve('error');
          img.onload = () => {
            if (i === sources.length - 1) { resolve(img.naturalWidth + 'x' + img.naturalHeight); return; }
            const canvas = document.createElement('canvas');
            canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
            const context = canvas.getContext('2d', { colorSpace: 'srgb' });
            context.drawImage(img, 0, 0);
            const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
            let sum = 0;
            for (let k = 0; k < data.length; k++) sum += data[k];
            resolve(img.naturalWidth + 'x' + img.naturalHeight + ':' + sum);
          };
          img.src = src;
        }))).then(results => { document.getElementById('result').textContent = results.join(' '); });
        </script></body></html>
        """;
}
