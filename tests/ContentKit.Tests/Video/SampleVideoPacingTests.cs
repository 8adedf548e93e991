using ContentKit.Layout;
using ContentKit.Layout.Scenes;
using ContentKit.Templates;
using ContentKit.Tests.Visual;

namespace ContentKit.Tests.Video;

/// <summary>Every sample video gives each scene at least the time its words take to read, and leaves out scenes with nothing to say.</summary>
public sealed class SampleVideoPacingTests : IDisposable
{
    private readonly SampleRenderer _samples = new();

    /// <summary>Every sample output of both video templates, in the formats the platforms cap (Reels 90 s, WhatsApp 30 s).</summary>
    public static TheoryData<string, string, int, string> Outputs => new()
    {
        { "reels-pengumuman", "reels-pengumuman.csv", 2, "reels" },
        { "reels-pengumuman", "reels-pengumuman.csv", 3, "reels" },
        { "reels-pengumuman", "reels-pengumuman.csv", 4, "reels" },
        { "reels-pengumuman", "reels-pengumuman.csv", 2, "whatsapp" },
        { "reels-pengumuman", "reels-pengumuman.csv", 3, "landscape" },
        { "reels-statistik", "statistik-penduduk.csv", 0, "whatsapp" },
        { "reels-statistik", "statistik-penduduk.csv", 0, "reels" },
        { "reels-statistik", "statistik-penduduk.csv", 0, "square" },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Each_scene_is_on_screen_at_least_as_long_as_its_laid_out_words_take_to_read(string template, string sample, int row, string format)
    {
        var (renderer, unit) = _samples.Output(template, sample, row, format);
        var (script, layouts, _) = renderer.LayoutVideo(unit, renderer.Template.Format(format), CancellationToken.None, out _);

        for (var i = 0; i < script.Scenes.Length; i++)
        {
            var scene = script.Scenes[i];
            // On screen alone: from the end of the transition into it to the start of the next one (which overlaps the next scene).
            var alone = scene.Duration - (scene.Transition?.Duration ?? 0);
            var words = Words(layouts[i]);
            var reading = 1.5 + (words / 3.0);
            Assert.True(words > 0, $"scene {i + 1} has no words");
            Assert.True(alone >= reading - 1e-9, $"scene {i + 1}: {words} words need {reading:0.0} s, shown alone for {alone:0.0} s");
        }
    }

    [Fact]
    public void A_row_without_isi_has_no_scene_for_it_and_a_row_with_more_words_lasts_longer()
    {
        var (renderer, with) = _samples.Output("reels-pengumuman", "reels-pengumuman.csv", 2, "reels");
        var format = renderer.Template.Format("reels");
        var withIsi = renderer.LayoutVideo(with, format, CancellationToken.None, out _).Script;
        var row = with.Rows[0];
        var values = row.Values.ToDictionary(kv => kv.Key, kv => kv.Value);
        values["isi"] = null;
        var without = RenderUnit.Of(row with { Values = values });
        var withoutIsi = renderer.LayoutVideo(without, format, CancellationToken.None, out _).Script;

        Assert.Equal(withIsi.Scenes.Length - 1, withoutIsi.Scenes.Length);
        Assert.True(withIsi.Duration > withoutIsi.Duration + 5, $"{withIsi.Duration} s with a 27-word isi, {withoutIsi.Duration} s without");
    }

    /// <summary>Words as laid out: what the lines hold, so a cut text counts only what shows.</summary>
    private static int Words(LayoutBox root) => root.Descendants()
        .Where(b => b.Text is not null)
        .SelectMany(b => b.Text!.Lines.SelectMany(l => l.Words))
        .Count(w => w.Word.Runs.Any(r => r.Shaped.Text.Any(char.IsLetterOrDigit)));

    public void Dispose() => _samples.Dispose();
}
