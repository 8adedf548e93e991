using ContentKit.Templates;

namespace ContentKit.Tests.Visual;

/// <summary>
/// How far a rendered image may drift from its reference, in absolute pixels rather than a share of the image,
/// so a big image does not hide a small change: a pixel differs when a channel is more than <see cref="Channel"/>
/// apart; at most <see cref="MaxPixels"/> pixels may differ in all, and at most <see cref="MaxPixelsInWindow"/>
/// in any <see cref="Window"/>×<see cref="Window"/> square (windows overlap by half). Anti-aliasing noise is a
/// scatter of single pixels along edges; a lost phone number or handle is thousands of pixels in one place.
/// </summary>
internal sealed record ImageTolerance(int Channel, int MaxPixels, int Window, int MaxPixelsInWindow)
{
    /// <summary>Flat-colour designs, text and charts: edge noise only.</summary>
    public static ImageTolerance Design { get; } = new(Channel: 16, MaxPixels: 150, Window: 32, MaxPixelsInWindow: 24);

    /// <summary>Designs over photos, where resampling a photo may move more pixels a little.</summary>
    public static ImageTolerance Photo { get; } = new(Channel: 24, MaxPixels: 400, Window: 32, MaxPixelsInWindow: 24);

    /// <summary><see cref="Photo"/> when a row of the output names a photo, else <see cref="Design"/>.</summary>
    public static ImageTolerance For(Renderer renderer, RenderUnit unit) =>
        renderer.Template.Manifest.Fields.Any(f => f.Type == FieldType.Image && unit.Rows.Any(r => r.Values.GetValueOrDefault(f.Name) is string))
            ? Photo
            : Design;
}
