namespace ContentKit.Layout.Charts;

/// <summary>The end of a bar away from the baseline: the corners that are rounded.</summary>
internal enum BarEnd
{
    Top,
    Bottom,
    Right,
    Left,
}
