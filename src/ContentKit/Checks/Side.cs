namespace ContentKit.Checks;

/// <summary>An edge of a box or the canvas.</summary>
internal enum Side
{
    Top,
    Bottom,
    Left,
    Right,
}
