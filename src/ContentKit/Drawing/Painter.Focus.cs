using ContentKit.Layout;
using ContentKit.Layout.Elements;
using SkiaSharp;

namespace ContentKit.Drawing;

/// <summary>Where a photo's subject sits in its box, so a Ken Burns move can close in on it.</summary>
internal sealed partial class Painter
{
    private static readonly SKPoint Centre = new(0.5f, 0.5f);

    /// <summary>
    /// The point a Ken Burns zoom keeps still, as fractions of the box: a cropped photo's focal point (its <c>focus</c>
    /// attribute, or the one the saliency map chose) where the crop shows it; the centre for anything else.
    /// </summary>
    public SKPoint ZoomAnchor(LayoutBox box)
    {
        if (box.Element is not ImageElement { Fit: ImageFit.Cover } element || box.Bounds.Width <= 0 || box.Bounds.Height <= 0)
        {
            return Centre;
        }

        using var lease = images.Get(element.Source);
        var photo = new System.Drawing.SizeF(lease.Image.Width, lease.Image.Height);
        var focus = element.Focus.IsAuto
            ? lease.Saliency.FocusFor(box.Bounds.Width / box.Bounds.Height)
            : new System.Drawing.PointF(element.Focus.X, element.Focus.Y);
        var crop = CoverCrop.Of(photo, box.Bounds.Size, focus.X, focus.Y);
        return new SKPoint(
            Math.Clamp(((focus.X * photo.Width) - crop.Left) / crop.Width, 0, 1),
            Math.Clamp(((focus.Y * photo.Height) - crop.Top) / crop.Height, 0, 1));
    }
}
