using System.Globalization;
using System.Xml.Linq;
using ContentKit.Templates;
using ContentKit.Tests.Visual;
using SkiaSharp;

namespace ContentKit.Tests.Video;

/// <summary>
/// reels-dokumentasi from its sample: the first frame is the post, every photo gets a scene, and every scene is on
/// screen at least as long as its words take to read. The encoded video is checked in <see cref="SampleVideoTests"/>.
/// </summary>
public sealed class DokumentasiReelTests(SampleRendererFixture fixture) : IClassFixture<SampleRendererFixture>
{
    private const string Template = "reels-dokumentasi";
    private const string Sample = "reels-dokumentasi.csv";

    public static TheoryData<int> Rows => [2, 3, 4];

    [Fact]
    public void Frame_zero_shows_the_headline_date_and_place_so_it_works_as_the_thumbnail()
    {
        var (renderer, row) = fixture.Samples.Row(Template, Sample, 2);
        using var frame = renderer.RenderFrame(RenderUnit.Of(row), renderer.Template.Format("reels"), 0);
        using var png = frame.Surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);

        var text = string.Join(' ', TextRecognition.Read(png.ToArray()).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Festival Seni dan Kuliner UMKM Kota Blitar", text, StringComparison.Ordinal);
        Assert.Contains("23 Agustus 2026", text, StringComparison.Ordinal);
        Assert.Contains("Alun-Alun Kota Blitar", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_photo_of_a_sample_row_has_its_own_full_frame_scene_closing_in_on_it(int rowNumber)
    {
        var (renderer, row) = fixture.Samples.Row(Template, Sample, rowNumber);
        var photos = Assert.IsType<string[]>(row.Values["foto"]);
        var scenes = Scenes(renderer, row, "reels");

        Assert.InRange(photos.Length, 5, 10);
        Assert.Equal(photos.Length + 1, scenes.Count); // and the outro
        for (var i = 0; i < photos.Length; i++)
        {
            var image = Assert.Single(scenes[i].Elements("image"));
            Assert.Equal($"data:{photos[i]}", image.Attribute("src")?.Value);
            Assert.Equal("ken-burns", image.Attribute("enter")?.Value);
            Assert.Equal("auto", image.Attribute("focus")?.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_scenes_text_is_on_screen_for_at_least_its_reading_time(int rowNumber)
    {
        var (renderer, row) = fixture.Samples.Row(Template, Sample, rowNumber);
        foreach (var format in (string[])["reels", "whatsapp"])
        {
            foreach (var scene in Scenes(renderer, row, format))
            {
                var duration = Seconds(scene.Attribute("duration"))!.Value;
                // The words a viewer reads in the scene: its texts, less the corner mark repeated on every photo.
                var texts = scene.Descendants("text").Where(t => t.Parent?.Attribute("radius")?.Value != "999" || t.Attribute("field") is not null).ToList();
                var words = texts.Sum(Words);
                Assert.True(duration >= 1.5 + (words / 3.0), $"{format}: a {duration} s scene with {words} words");
                foreach (var text in texts)
                {
                    // Shown from the entrance of the text or of the group it enters with, to its group's exit or the scene's end.
                    var shown = text.AncestorsAndSelf().Select(e => Seconds(e.Attribute("exit-at"))).FirstOrDefault(t => t is not null) ?? duration;
                    shown -= text.AncestorsAndSelf().Select(e => Seconds(e.Attribute("delay"))).FirstOrDefault(t => t is not null) ?? 0;
                    Assert.True(shown >= 1.5 + (Words(text) / 3.0), $"{format}: '{text.Value}' shown {shown:0.00} s of a {duration} s scene");
                }
            }
        }
    }

    [Fact]
    public void WhatsApp_leaves_out_the_photos_that_do_not_fit_in_30_seconds_instead_of_hurrying_them()
    {
        var (renderer, row) = fixture.Samples.Row(Template, Sample, 2);
        var reels = Scenes(renderer, row, "reels");
        var whatsapp = Scenes(renderer, row, "whatsapp");

        Assert.True(whatsapp.Count < reels.Count);
        Assert.True(reels.Sum(s => Seconds(s.Attribute("duration"))!.Value) > 30);
        Assert.InRange(whatsapp.Sum(s => Seconds(s.Attribute("duration"))!.Value), 20, 30);
        Assert.Equal(reels.Take(whatsapp.Count - 1).Select(s => s.Attribute("duration")?.Value), whatsapp.SkipLast(1).Select(s => s.Attribute("duration")?.Value));
    }

    private static List<XElement> Scenes(Renderer renderer, BoundRow row, string format) =>
        [.. XDocument.Parse(renderer.RenderMarkup(row, renderer.Template.Format(format))).Root!.Elements("scene")];

    private static int Words(XElement text) => text.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static double? Seconds(XAttribute? attribute) =>
        attribute is null ? null : double.Parse(attribute.Value, CultureInfo.InvariantCulture);
}
