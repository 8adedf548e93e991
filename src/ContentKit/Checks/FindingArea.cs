namespace ContentKit.Checks;

/// <summary>A rectangle on the output in whole pixels, from its top-left corner: where a finding is.</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record FindingArea(int X, int Y, int Width, int Height)
{
    internal static FindingArea Of(System.Drawing.RectangleF rect)
    {
        var (left, top) = ((int)MathF.Floor(rect.Left), (int)MathF.Floor(rect.Top));
        return new FindingArea(left, top, (int)MathF.Ceiling(rect.Right) - left, (int)MathF.Ceiling(rect.Bottom) - top);
    }
}
