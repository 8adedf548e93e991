using ContentKit.Checks;
using ContentKit.Layout;
using ContentKit.Templates;
using ContentKit.Tests.Layout;

namespace ContentKit.Tests.Text;

/// <summary>What the text report tells a reviewer about a laid-out row: shrunk, cut, or characters without a font.</summary>
public class TextReportTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    /// <summary>The mark the markup writer puts before a value of <c>row.judul</c>.</summary>
    private static readonly string Judul = FieldMarks.Mark(["judul"]);

    private const string Long =
        "Perekaman KTP elektronik, pencetakan KIA, dan perubahan data kependudukan dilayani langsung di tempat tanpa biaya.";

    [Fact]
    public void Shrunk_text_is_reported_with_its_field_and_both_sizes()
    {
        var result = Report($"""<text field="judul" size="80" min-size="20" fit="shrink" height="200">{Long}</text>""", Long, video: true);

        var adjustment = Assert.Single(result.Adjustments);
        Assert.Equal("judul", adjustment.Field);
        Assert.Equal("feed", adjustment.Format);
        Assert.Equal(80, adjustment.RequestedSize);
        Assert.InRange(adjustment.Size, 20, 79.9f);
        Assert.False(adjustment.Clamped);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(Diagnostic.TextAdjusted, warning.Code);
        Assert.Contains("'judul'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("shrunk from 80", warning.Message, StringComparison.Ordinal);
        Assert.Equal(("judul", 7), (warning.Location.Column, warning.Location.Row));
    }

    [Fact]
    public void Clamped_text_is_reported_with_the_hidden_characters()
    {
        var result = Report($"""<text field="judul" size="40" height="100">{Long}</text>""", Long, video: true);

        var adjustment = Assert.Single(result.Adjustments);
        Assert.Equal("judul", adjustment.Field);
        Assert.True(adjustment.Clamped);
        Assert.True(adjustment.HiddenCharacters > 0);
        Assert.Equal(adjustment.RequestedSize, adjustment.Size);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains($"{adjustment.HiddenCharacters} characters are hidden", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_an_image_shrinks_and_cuts_are_adjustments_but_not_warnings_the_design_check_tells_them()
    {
        var result = Report($"""<text field="judul" size="40" height="100">{Long}</text>""", Long);

        Assert.True(Assert.Single(result.Adjustments).Clamped);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData(28, 27.9f, false)]
    [InlineData(40, 38.5f, false)]
    [InlineData(28, 26.5f, true)]
    [InlineData(10, 9, true)]
    [InlineData(10, 9.5f, false)]
    public void A_shrink_counts_only_from_one_pixel_and_five_percent(float requested, float size, bool counts)
    {
        Assert.Equal(counts, TextReport.ReallyShrunk(requested, size));
    }

    [Fact]
    public void Text_shrunk_and_still_clamped_is_one_adjustment_with_both()
    {
        var text = string.Join(" ", Enumerable.Repeat(Long, 4));
        var result = Report($"""<text field="judul" size="60" min-size="30" fit="shrink" height="120">{text}</text>""", text);

        var adjustment = Assert.Single(result.Adjustments);
        Assert.Equal(30, adjustment.Size);
        Assert.True(adjustment.HiddenCharacters > 0);
    }

    [Fact]
    public void Text_that_fits_is_not_reported()
    {
        var result = Report("""<text field="judul" size="80" min-size="20" fit="shrink" height="200">Halo Blitar</text>""", "Halo Blitar");

        Assert.Empty(result.Adjustments);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_character_no_font_has_is_a_warning_naming_its_code_point()
    {
        var result = Report("<text field=\"judul\">Halo \u0378 Blitar \U0010FFFD</text>", "Halo \u0378 Blitar \U0010FFFD");

        Assert.Empty(result.Adjustments);
        Assert.Equal(2, result.Warnings.Count);
        Assert.All(result.Warnings, w => Assert.Equal(Diagnostic.MissingCharacter, w.Code));
        Assert.Contains(result.Warnings, w => w.Message.Contains("U+0378", StringComparison.Ordinal) && w.Message.Contains("'judul'", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Message.Contains("U+10FFFD", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_without_a_field_attribute_is_named_by_the_field_the_template_wrote_into_it()
    {
        var result = Report($"""<text size="40" height="100">{Judul}{Long}</text>""", Long);

        Assert.Equal("judul", Assert.Single(result.Adjustments).Field);
    }

    [Fact]
    public void Emphasised_text_without_a_field_attribute_is_named_by_its_field()
    {
        // The value has *stars*; the laid-out text has them turned into emphasis, so it no longer contains the value as written.
        const string Value = "Ayo *datang* ke pelayanan KTP keliling di kecamatan Sananwetan mulai minggu depan";
        var result = Report($"""<text size="40" height="100" emphasis="#0E5E4A">{Judul}{Value}</text>""", Value);

        Assert.Equal("judul", Assert.Single(result.Adjustments).Field);
    }

    [Fact]
    public void Text_the_template_wrote_itself_is_not_named_by_a_value_it_happens_to_contain()
    {
        var result = Report($"""<text size="40" height="100">{Long}</text>""", "Perekaman KTP");

        var adjustment = Assert.Single(result.Adjustments);
        Assert.Null(adjustment.Field);
        Assert.Empty(adjustment.Fields);
    }

    private (IReadOnlyList<TextAdjustment> Adjustments, IReadOnlyList<Diagnostic> Warnings) Report(string markup, string judul, bool video = false)
    {
        // In a column, so the text's own height attribute is its box (the root always gets the whole page).
        var root = fonts.Lay($"<column>{markup}</column>", 400, 1000);
        var row = new BoundRow(7, new Dictionary<string, object?> { ["judul"] = judul, ["tanggal"] = "1 Mei 2026" }, []);
        return TextReport.Collect(root, RenderUnit.Of(row), "feed", adjustmentsAsWarnings: video);
    }
}
