using ContentKit.Layout.Elements;
using ContentKit.Tests.Layout;
using ContentKit.Text;

namespace ContentKit.Tests.Text;

/// <summary>Shaping happens in font units and is remembered: the same word in the same face is shaped once, at any size.</summary>
public class ShapingCacheTests(BundledFonts fonts) : IClassFixture<BundledFonts>
{
    [Fact]
    public void Shaping_the_same_text_in_the_same_face_twice_gives_the_same_result()
    {
        var shaper = new TextShaper();
        var face = fonts.Text.FaceOf(TextStyle.Default);

        var first = shaper.Shape(face, "Blitar");

        Assert.Same(first, shaper.Shape(face, "Blitar"));
        Assert.NotSame(first, shaper.Shape(face, "Blitar!"));
        Assert.NotSame(first, shaper.Shape(fonts.Text.FaceOf(new TextStyle { Weight = 700 }), "Blitar"));
    }

    [Fact]
    public void Laying_out_a_word_at_another_size_reuses_its_shaping()
    {
        var small = fonts.Text.Break(TextElement.Plain("Kabupaten Blitar", new TextStyle { Size = 32 }), 2000);
        var large = fonts.Text.Break(TextElement.Plain("Blitar Kabupaten", new TextStyle { Size = 64 }), 2000);

        Assert.Same(small.Run("Blitar").Run.Shaped, large.Run("Blitar").Run.Shaped);
        Assert.Same(small.Run("Kabupaten").Run.Shaped, large.Run("Kabupaten").Run.Shaped);
        Assert.Equal(2 * small.Run("Blitar").Run.Width, large.Run("Blitar").Run.Width, 0.01f);
    }

    [Fact]
    public void Fitting_shapes_each_word_once_for_all_the_sizes_it_tries()
    {
        var element = TextElement.Plain(
            "Pendaftaran Beasiswa Pendidikan Kabupaten Blitar Dibuka",
            new TextStyle { Size = 96, MinSize = 24, Fit = TextFit.Shrink, MaxLines = 2 });

        var fitted = fonts.Text.Break(element, 500);
        var plain = fonts.Text.Break(TextElement.Plain("Pendaftaran"), 500);

        Assert.True(fitted.Shrunk);
        Assert.Same(plain.Run("Pendaftaran").Run.Shaped, fitted.Run("Pendaftaran").Run.Shaped);
    }
}
