using System.Drawing;
using ContentKit.Layout;

namespace ContentKit.Tests.Photos;

/// <summary>
/// <c>focus="auto"</c> on real photos of people (Photos/Fixtures/ATTRIBUTION.md): the crop the saliency map chooses keeps
/// the whole head in the shapes the built-in templates give a photo. The head boxes were drawn by hand on the fixtures
/// (hair to chin, ear to ear) and checked by eye.
/// </summary>
public sealed class SaliencyCropTests : IDisposable
{
    /// <summary>Eileen Collins's head in portrait-astronaut.jpg (384×512): the face in the photo's upper third.</summary>
    private static readonly RectangleF PortraitHead = RectangleF.FromLTRB(118, 12, 272, 192);

    /// <summary>Her eyes, for boxes too flat to hold the whole head.</summary>
    private static readonly RectangleF PortraitEyes = RectangleF.FromLTRB(150, 92, 232, 118);

    /// <summary>The two heads in two-people.jpg (1024×512): the astronaut on the left, the cameraman on the right.</summary>
    private static readonly RectangleF[] GroupHeads = [RectangleF.FromLTRB(150, 12, 304, 192), RectangleF.FromLTRB(662, 62, 784, 215)];

    private readonly PhotoFolder _photos = new();

    /// <summary>Box shapes: the formats' whole canvases and the photo boxes of the built-in templates that hold a head.</summary>
    public static TheoryData<string, int, int> Boxes => new()
    {
        { "feed", 1080, 1350 },
        { "square", 1080, 1080 },
        { "story", 1080, 1920 },
        { "landscape", 1200, 675 },
        { "pengumuman feed hero", 1080, 594 },
        { "pengumuman story hero", 1080, 845 },
        { "pengumuman landscape hero", 600, 675 },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void A_portrait_keeps_the_whole_head(string box, int width, int height)
    {
        var crop = AutoCrop("portrait-astronaut.jpg", width, height);

        Assert.True(crop.Contains(PortraitHead), $"{box}: the crop {crop} cuts the head {PortraitHead}.");
    }

    [Fact]
    public void A_box_too_flat_for_the_head_keeps_the_eyes()
    {
        // pengumuman's square hero, 1080×367: 130 px of the photo's 512 rows, less than the head's 180. Without a face
        // detector her fair hair counts as much as her face, so the crop keeps hair, eyes and nose and cuts the mouth
        // (foto_fokus "0.5,0.27" keeps eyes to chin); a crop into the flight suit would lose the eyes too.
        var crop = AutoCrop("portrait-astronaut.jpg", 1080, 367);

        Assert.True(crop.Contains(PortraitEyes), $"The crop {crop} cuts the eyes {PortraitEyes}.");
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void A_group_photo_keeps_every_head_it_shows_whole(string box, int width, int height)
    {
        var crop = AutoCrop("two-people.jpg", width, height);

        var kept = GroupHeads.Count(crop.Contains);
        var cut = GroupHeads.Where(h => h.IntersectsWith(crop) && !crop.Contains(h)).ToList();
        Assert.True(cut.Count == 0, $"{box}: the crop {crop} cuts the head {string.Join(", ", cut)}.");
        Assert.True(kept >= 1, $"{box}: the crop {crop} shows no head.");
    }

    [Fact]
    public void A_crop_wide_enough_for_the_whole_group_keeps_both_heads()
    {
        var crop = AutoCrop("two-people.jpg", 1200, 675);

        Assert.All(GroupHeads, head => Assert.True(crop.Contains(head), $"The crop {crop} cuts the head {head}."));
    }

    [Theory]
    [InlineData(1200, 675)]
    [InlineData(1080, 594)]
    public void A_subject_off_centre_is_followed(int width, int height)
    {
        // The cameraman's head is high in the photo: a centred crop of a wide box cuts it.
        var head = RectangleF.FromLTRB(150, 62, 272, 215);
        var centred = CoverCrop.Of(new SizeF(512, 512), new SizeF(width, height), 0.5f, 0.5f);
        Assert.False(centred.Contains(head));

        var crop = AutoCrop("cameraman.jpg", width, height);

        Assert.True(crop.Contains(head), $"The crop {crop} cuts the head {head}.");
    }

    [Fact]
    public void The_same_photo_gives_the_same_crop_every_time()
    {
        var first = AutoCrop("two-people.jpg", 1080, 1350);
        using var other = new PhotoFolder();
        using var lease = other.Decode(other.Add("two-people.jpg"));

        var again = CoverCrop.Of(new SizeF(1024, 512), new SizeF(1080, 1350), lease.Saliency.FocusFor(1080 / 1350f).X, 0.5f);

        Assert.Equal(first, again);
    }

    [Fact]
    public void The_map_is_made_once_per_decoded_photo()
    {
        var name = _photos.Add("portrait-astronaut.jpg");
        using var first = _photos.Decode(name);
        using var second = _photos.Decode(name);

        Assert.Same(first.Saliency, second.Saliency);
    }

    public void Dispose() => _photos.Dispose();

    private RectangleF AutoCrop(string fixture, int width, int height)
    {
        using var lease = _photos.Decode(_photos.Add(fixture));
        var focus = lease.Saliency.FocusFor(width / (float)height);
        return CoverCrop.Of(new SizeF(lease.Image.Width, lease.Image.Height), new SizeF(width, height), focus.X, focus.Y);
    }
}
