using ContentKit.Layout;
using ContentKit.Layout.Elements;

namespace ContentKit.Tests.Layout;

/// <summary>Containers inside containers, up to a whole poster shaped like the pengumuman template's markup.</summary>
public class PosterLayoutTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    private const float FeedWidth = 1080;
    private const float FeedHeight = 1350;

    /// <summary>What templates/pengumuman/layout.sbn writes for the feed format, with a photo and every field filled.</summary>
    private const string Poster = $"""
        <column width="100%" height="100%" background="#F7F5EF">
          <layers height="46%" clip="true" background="linear-gradient(160deg, #0E5E4A, #0A4436)">
            <image src="{FixedImageSizes.Photo}" fit="cover"/>
            <box background="linear-gradient(180deg, #0A443666, #0A443633 30%, #0A4436F2 88%)"/>
            <column padding="68" gap="27.2">
              <row gap="22" align="center">
                <image src="{FixedImageSizes.Logo}" width="74.8" height="74.8" fit="contain" shrink="0"/>
                <column gap="4" grow="1">
                  <text size="22.4" weight="800" color="#FFFFFF" uppercase="true" letter-spacing="2.5">Pemerintah Kota Blitar</text>
                  <text size="22.4" weight="500" color="#FFFFFFCC">Dinas Komunikasi dan Informatika</text>
                </column>
              </row>
              <spacer/>
              <row>
                <box background="#F2B705" radius="999" padding="9.8 25.2">
                  <text size="21.84" weight="800" color="#16282B" uppercase="true" letter-spacing="3">Pengumuman</text>
                </box>
              </row>
              <text size="74" weight="800" color="#FFFFFF" line-height="1.08" max-lines="4">Vaksinasi Gratis untuk Lansia</text>
            </column>
          </layers>
          <column grow="1" padding="51 68 40.8" gap="28.56">
            <box background="#FFFFFF" radius="28" padding="30.6 34" gap="23.8" shadow="0 10 30 #0E5E4A1A">
              <row gap="34">
                <column gap="6" grow="1">
                  <text size="20.16" weight="700" color="#0E5E4A" uppercase="true" letter-spacing="2">Hari, tanggal</text>
                  <text size="34" weight="700" color="#16282B" line-height="1.2">Selasa, 14 Juli 2026</text>
                </column>
                <shape kind="line" width="2" fill="#D9DED8"/>
                <column gap="6" grow="1">
                  <text size="20.16" weight="700" color="#0E5E4A" uppercase="true" letter-spacing="2">Waktu</text>
                  <text size="34" weight="700" color="#16282B" line-height="1.2">08.00 - 12.00 WIB</text>
                </column>
              </row>
              <shape kind="line" height="2" fill="#D9DED8"/>
              <column gap="6">
                <text size="20.16" weight="700" color="#0E5E4A" uppercase="true" letter-spacing="2">Tempat</text>
                <text size="34" weight="700" color="#16282B" line-height="1.2" max-lines="2">Puskesmas Sukorejo</text>
              </column>
            </box>
            <text size="28" color="#16282B" line-height="1.45" max-lines="3">Sasaran: warga berusia 60 tahun ke atas yang berdomisili di Kota Blitar.
        Syarat: membawa KTP dan Kartu Keluarga asli, serta didampingi keluarga bila perlu.</text>
            <spacer/>
            <text size="22.96" weight="600" color="#5A6B6E">Penyelenggara: Dinas Kesehatan Kota Blitar</text>
          </column>
          <row background="#0E5E4A" padding="24.48 68" gap="24" align="center">
            <text size="22.96" weight="700" color="#FFFFFF" grow="1">blitarkota.go.id/layanan/vaksinasi-lansia</text>
            <text size="22.96" weight="600" color="#F2B705" shrink="0">Info: 0342 123 457</text>
          </row>
        </column>
        """;

    [Fact]
    public void Nested_containers_place_children_inside_their_parents_inner_box()
    {
        var column = fonts.Lay("""<column padding="20" gap="10"><row gap="10" height="100"><shape grow="1"/><column grow="2" padding="5"><shape height="20"/></column></row><shape height="30"/></column>""", 600, 400);

        // The row's free space, 560 - 10 (the inner column's padding) - 10 (gap) = 540, is shared 1 : 2.
        BoundsAssert.Equal(20, 20, 560, 100, column.At(0));
        BoundsAssert.Equal(20, 20, 180, 100, column.At(0, 0));
        BoundsAssert.Equal(210, 20, 370, 100, column.At(0, 1));
        BoundsAssert.Equal(215, 25, 360, 20, column.At(0, 1, 0));
        BoundsAssert.Equal(20, 130, 560, 30, column.At(1));
    }

    [Fact]
    public void Header_row_centres_a_two_line_column_next_to_the_logo()
    {
        var row = fonts.Lay($"""<row gap="22" align="center"><image src="{FixedImageSizes.Logo}" width="80" height="80" shrink="0"/><column gap="4" grow="1"><text size="20">Pemerintah Kota Blitar</text><text size="20">Dinas Kominfo</text></column></row>""", 600, 120);

        // Two lines of 25 px and a gap of 4 px: 54 px, centred in 120.
        BoundsAssert.Equal(0, 20, 80, 80, row.At(0));
        BoundsAssert.Equal(102, 33, 498, 54, row.At(1));
        BoundsAssert.Equal(102, 62, 498, 25, row.At(1, 1));
    }

    [Fact]
    public void Every_box_of_a_typical_poster_is_inside_the_page()
    {
        var page = fonts.Lay(Poster, FeedWidth, FeedHeight);

        Assert.All(page.Descendants(), box =>
        {
            var b = box.Bounds;
            Assert.True(
                b.Left >= -BoundsAssert.Tolerance && b.Top >= -BoundsAssert.Tolerance &&
                b.Right <= FeedWidth + BoundsAssert.Tolerance && b.Bottom <= FeedHeight + BoundsAssert.Tolerance,
                $"<{box.Element.Name}> from markup line {box.Element.Line} is at {b}, outside the {FeedWidth} × {FeedHeight} page.");
        });
    }

    [Fact]
    public void Every_flowing_box_of_a_typical_poster_is_inside_its_parent()
    {
        var page = fonts.Lay(Poster, FeedWidth, FeedHeight);

        Assert.All(page.Descendants(), parent =>
        {
            foreach (var child in parent.Children.Where(c => !c.Element.Box.Absolute))
            {
                var (p, c) = (parent.Bounds, child.Bounds);
                Assert.True(
                    c.Left >= p.Left - BoundsAssert.Tolerance && c.Top >= p.Top - BoundsAssert.Tolerance &&
                    c.Right <= p.Right + BoundsAssert.Tolerance && c.Bottom <= p.Bottom + BoundsAssert.Tolerance,
                    $"<{child.Element.Name}> from markup line {child.Element.Line} at {c} overflows <{parent.Element.Name}> from line {parent.Element.Line} at {p}.");
            }
        });
    }

    [Fact]
    public void Every_text_of_a_typical_poster_fits_its_box()
    {
        var page = fonts.Lay(Poster, FeedWidth, FeedHeight);

        var texts = page.Descendants().Where(box => box.Element is TextElement).ToList();
        Assert.Equal(14, texts.Count);
        Assert.All(texts, box =>
        {
            Assert.NotNull(box.Text);
            Assert.True(box.Text.Width <= box.Bounds.Width + BoundsAssert.Tolerance, $"{Describe(box)} is {box.Text.Width} px wide in a {box.Bounds.Width} px box.");
            Assert.True(box.Text.Height <= box.Bounds.Height + BoundsAssert.Tolerance, $"{Describe(box)} is {box.Text.Height} px tall in a {box.Bounds.Height} px box.");
            Assert.Equal(0, box.Text.HiddenCharacters);
        });
    }

    [Fact]
    public void Poster_sections_fill_the_page_from_top_to_bottom()
    {
        var page = fonts.Lay(Poster, FeedWidth, FeedHeight);

        var (hero, body, footer) = (page.At(0), page.At(1), page.At(2));
        BoundsAssert.Equal(0, 0, FeedWidth, FeedHeight * 0.46f, hero);
        Assert.Equal(hero.Bounds.Bottom, body.Bounds.Top, BoundsAssert.Tolerance);
        Assert.Equal(body.Bounds.Bottom, footer.Bounds.Top, BoundsAssert.Tolerance);
        Assert.Equal(FeedHeight, footer.Bounds.Bottom, BoundsAssert.Tolerance);
    }

    private static string Describe(LayoutBox box) => $"<{box.Element.Name}> from markup line {box.Element.Line}";
}
