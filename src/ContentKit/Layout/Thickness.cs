namespace ContentKit.Layout;

/// <summary>Padding on four sides, written like CSS: <c>24</c>, <c>24 48</c>, <c>24 48 32</c> or <c>24 48 32 16</c>.</summary>
internal readonly record struct Thickness(float Top, float Right, float Bottom, float Left)
{

    public float Horizontal => Left + Right;

    public float Vertical => Top + Bottom;
}
