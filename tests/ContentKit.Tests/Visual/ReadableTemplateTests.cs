using ContentKit.Layout;
using ContentKit.Layout.Elements;

namespace ContentKit.Tests.Visual;

/// <summary>
/// The review's rules for type a phone can read, checked on the laid-out tree of every output of the samples (no
/// pixels): a post is seen about 390 px wide, so in every screen format (1080 wide, and 1200-wide landscape shown
/// at least as large) secondary text is at least 24 px and the text a post is about at least 30 px.
/// </summary>
public sealed class ReadableTemplateTests(SampleRendererFixture fixture) : IClassFixture<SampleRendererFixture>
{
    private const float Secondary = 24;
    private const float Body = 30;

    private static readonly string[] ScreenFormats = ["feed", "square", "story", "landscape"];

    /// <summary>Each template, its sample, and the fields whose text is the post's body.</summary>
    private static readonly (string Template, string Sample, string[] BodyFields)[] Library =
    [
        ("agenda", "agenda.csv", ["kegiatan"]),
        ("angka-kunci", "angka-kunci.csv", ["label"]),
        ("statistik", "statistik-penduduk.csv", []),
        ("kutipan", "kutipan.csv", ["kutipan", "nama"]),
        ("ucapan", "ucapan.csv", ["ucapan", "pesan"]),
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var (template, sample, _) in Library)
        {
            foreach (var format in ScreenFormats)
            {
                cases.Add(template, sample, format);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_text_is_at_least_24_px_and_the_body_at_least_30_px(string template, string sample, string format)
    {
        var bodyFields = Library.Single(t => t.Template == template).BodyFields;
        foreach (var page in Lay(template, sample, format))
        {
            var texts = page.Descendants().Where(b => b.Element is TextElement && b.Text is { Lines.Length: > 0 }).ToList();
            Assert.All(texts, box =>
            {
                // Every run, so a smaller span inside a larger paragraph ("Rp", "miliar") counts too.
                var smallest = box.Text!.Lines.SelectMany(l => l.Words).SelectMany(w => w.Runs()).Min(r => r.Run.Style.Size);
                Assert.True(smallest >= Secondary - 0.05f, $"{template} {format}: \"{((TextElement)box.Element).Text}\" has {smallest:0.#} px text, under {Secondary}");
            });
            var body = texts.Where(box => ((TextElement)box.Element).Fields.Any(bodyFields.Contains)).ToList();
            Assert.True(body.Count > 0 || bodyFields.Length == 0, $"{template} {format}: no text of {string.Join(", ", bodyFields)}");
            Assert.All(body, box => Assert.True(
                box.Text!.Size >= Body - 0.05f,
                $"{template} {format}: \"{((TextElement)box.Element).Text}\" is {box.Text.Size:0.#} px, under {Body}"));
        }
    }

    [Theory]
    [InlineData("feed")]
    [InlineData("square")]
    [InlineData("story")]
    [InlineData("landscape")]
    public void Agenda_pages_of_a_week_hold_nearly_the_same_number_of_events(string format)
    {
        var (_, units) = fixture.Samples.Outputs("agenda", "agenda.csv", format);

        foreach (var week in units.GroupBy(u => u.Group!.Key))
        {
            var counts = week.Select(u => u.Rows.Count).ToList();
            Assert.True(counts.Max() - counts.Min() <= 1, $"agenda {format} week {week.Key}: pages of {string.Join(" + ", counts)} events");
        }
    }

    [Theory]
    [InlineData("feed")]
    [InlineData("square")]
    [InlineData("story")]
    [InlineData("landscape")]
    public void Angka_kunci_figures_are_one_size_on_a_common_baseline(string format)
    {
        var page = Assert.Single(Lay("angka-kunci", "angka-kunci.csv", format));
        var figures = page.Descendants().Where(b => b.Element is TextElement t && t.Fields.Contains("nilai")).ToList();

        Assert.Equal(4, figures.Count);
        Assert.Single(figures.Select(f => MathF.Round(f.Text!.Size, 2)).Distinct());
        // Two cards a row: the figures of a row sit on one baseline, to the pixel.
        var baselines = figures.Select(f => f.Bounds.Top + f.Text!.Lines[0].Baseline).ToList();
        Assert.Equal(baselines[0], baselines[1], 0.5f);
        Assert.Equal(baselines[2], baselines[3], 0.5f);
        Assert.All(figures, f => Assert.Equal(0, f.Text!.HiddenCharacters));
    }

    [Theory]
    [InlineData("feed")]
    [InlineData("square")]
    [InlineData("story")]
    [InlineData("landscape")]
    public void Statistik_bar_names_and_figures_are_body_sized_and_the_total_large(string format)
    {
        var page = Assert.Single(Lay("statistik", "statistik-penduduk.csv", format));

        var chart = (ChartElement)Assert.Single(page.Descendants(), b => b.Element is ChartElement).Element;
        Assert.True(chart.LabelSize >= 28, $"statistik {format}: bar labels {chart.LabelSize:0.#} px");
        var total = Assert.Single(page.Descendants(), b => b.Text is not null && ((TextElement)b.Element).Text == "52.779");
        Assert.True(total.Text!.Size >= 76, $"statistik {format}: the total is {total.Text.Size:0.#} px");
    }

    [Theory]
    [InlineData("feed")]
    [InlineData("square")]
    [InlineData("story")]
    [InlineData("landscape")]
    public void Kutipan_sets_a_short_quote_larger_and_shows_the_speaker_large(string format)
    {
        var pages = Lay("kutipan", "kutipan.csv", format);
        float Quote(int page) => Assert.Single(pages[page].Descendants(), b => b.Element is TextElement t && t.Fields.Contains("kutipan")).Text!.Size;

        // Row 2 is 77 characters, row 3 is 292: the short one is set at least 1.4 times larger.
        Assert.True(Quote(0) >= 1.4f * Quote(1), $"kutipan {format}: the short quote is {Quote(0):0.#} px, the long one {Quote(1):0.#} px");
        // Row 5 has a photo: at least a fifth of the width in the portrait formats, a third in landscape's panel.
        var photo = pages[3].Descendants().Where(b => b.Element is ImageElement).Select(b => b.Bounds).MaxBy(r => r.Width * r.Height);
        Assert.True(photo.Width >= pages[3].Bounds.Width * (format == "landscape" ? 0.33f : 0.2f), $"kutipan {format}: the speaker's photo is {photo.Width:0} px wide");
    }

    private List<LayoutBox> Lay(string template, string sample, string format)
    {
        var (renderer, units) = fixture.Samples.Outputs(template, sample, format);
        var output = renderer.Template.Format(format);
        return [.. units.Select(unit => renderer.Layout(unit, output, CancellationToken.None))];
    }
}
