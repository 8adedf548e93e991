namespace ContentKit.Layout.Charts;

/// <summary>A chart laid out in its box: the marks painting draws, in page pixels. Tests assert on it without pixels.</summary>
internal sealed record ChartGeometry;
