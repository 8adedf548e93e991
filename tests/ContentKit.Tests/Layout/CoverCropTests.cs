using System.Drawing;
using ContentKit.Layout;

namespace ContentKit.Tests.Layout;

/// <summary>Where a cover crop cuts a photo for a focal point: geometry only, no pixels.</summary>
public class CoverCropTests
{
    private static readonly SizeF Landscape = new(400, 300);

    [Fact]
    public void Without_a_focus_the_middle_of_the_photo_is_kept()
    {
        var crop = CoverCrop.Of(Landscape, new SizeF(100, 100), 0.5f, 0.5f);

        Assert.Equal(new RectangleF(50, 0, 300, 300), crop);
    }

    [Fact]
    public void The_window_is_centred_on_the_focal_point()
    {
        var crop = CoverCrop.Of(Landscape, new SizeF(100, 100), 0.45f, 0.5f);

        Assert.Equal(new RectangleF(30, 0, 300, 300), crop);
    }

    [Theory]
    [InlineData(0.1f, 0)]
    [InlineData(0f, 0)]
    [InlineData(0.9f, 100)]
    [InlineData(1f, 100)]
    public void A_focal_point_near_an_edge_puts_the_window_against_that_edge_and_keeps_the_point_in_it(float x, float left)
    {
        var crop = CoverCrop.Of(Landscape, new SizeF(100, 100), x, 0.5f);

        Assert.Equal(new RectangleF(left, 0, 300, 300), crop);
        Assert.InRange(x * Landscape.Width, crop.Left, crop.Right);
    }

    [Fact]
    public void A_portrait_photo_in_a_wide_box_is_cut_top_and_bottom_around_the_point()
    {
        // A face a fifth of the way down a 3:4 photo, in pengumuman's 1080×594 feed hero.
        var crop = CoverCrop.Of(new SizeF(300, 400), new SizeF(1080, 594), 0.5f, 0.2f);

        Assert.Equal(0, crop.Left);
        Assert.Equal(300, crop.Width);
        Assert.Equal(165, crop.Height, 0.01f);
        Assert.Equal(0, crop.Top, 0.01f);
    }

    [Fact]
    public void Atas_keeps_the_top_and_bawah_the_bottom()
    {
        Assert.True(ImageFocus.TryParse("atas", out var top));
        Assert.True(ImageFocus.TryParse("bawah", out var bottom));
        var photo = new SizeF(300, 400);

        Assert.Equal(0, CoverCrop.Of(photo, new SizeF(300, 100), top.X, top.Y).Top);
        Assert.Equal(300, CoverCrop.Of(photo, new SizeF(300, 100), bottom.X, bottom.Y).Top);
    }

    [Fact]
    public void A_photo_of_the_box_proportions_is_shown_whole_whatever_the_focus()
    {
        var crop = CoverCrop.Of(Landscape, new SizeF(800, 600), 0f, 1f);

        Assert.Equal(new RectangleF(0, 0, 400, 300), crop);
    }
}
