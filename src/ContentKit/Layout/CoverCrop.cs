using System.Drawing;

namespace ContentKit.Layout;

/// <summary>
/// The part of a photo that <c>fit="cover"</c> shows in a box: the largest window of the box's proportions, placed so
/// the focal point is as near the window's centre as the photo's edges allow (imgix's and Cloudinary's focal-point
/// crop). The point is therefore always inside the window, and a point at an edge (<c>atas</c>) puts the window there.
/// </summary>
internal static class CoverCrop
{
    /// <summary>The window in the photo's pixels; <paramref name="focusX"/> and <paramref name="focusY"/> are fractions 0..1.</summary>
    public static RectangleF Of(SizeF photo, SizeF box, float focusX, float focusY)
    {
        if (photo.Width <= 0 || photo.Height <= 0 || box.Width <= 0 || box.Height <= 0)
        {
            return new RectangleF(PointF.Empty, photo);
        }

        var scale = Math.Max(box.Width / photo.Width, box.Height / photo.Height);
        var (width, height) = (Math.Min(photo.Width, box.Width / scale), Math.Min(photo.Height, box.Height / scale));
        var left = Math.Clamp((focusX * photo.Width) - (width / 2), 0, photo.Width - width);
        var top = Math.Clamp((focusY * photo.Height) - (height / 2), 0, photo.Height - height);
        return new RectangleF(left, top, width, height);
    }
}
