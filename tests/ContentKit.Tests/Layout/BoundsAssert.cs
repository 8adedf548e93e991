using ContentKit.Layout;

namespace ContentKit.Tests.Layout;

/// <summary>Geometry assertions with one tolerance: half a pixel, below what anyone can see.</summary>
internal static class BoundsAssert
{
    public const float Tolerance = 0.5f;

    public static void Equal(float x, float y, float width, float height, LayoutBox box)
    {
        var b = box.Bounds;
        if (Near(x, b.X) && Near(y, b.Y) && Near(width, b.Width) && Near(height, b.Height))
        {
            return;
        }

        Assert.Fail(
            $"<{box.Element.Name}> from markup line {box.Element.Line}: expected x {x}, y {y}, {width} × {height} " +
            $"but was x {b.X}, y {b.Y}, {b.Width} × {b.Height} (tolerance {Tolerance} px).");
    }

    public static void Size(float width, float height, LayoutBox box) =>
        Equal(box.Bounds.X, box.Bounds.Y, width, height, box);

    public static void Near(float expected, float actual, string what)
    {
        if (!Near(expected, actual))
        {
            Assert.Fail($"{what}: expected {expected} but was {actual} (tolerance {Tolerance} px).");
        }
    }

    private static bool Near(float expected, float actual) => Math.Abs(expected - actual) <= Tolerance;
}
