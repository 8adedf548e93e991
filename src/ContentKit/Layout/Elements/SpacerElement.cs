namespace ContentKit.Layout.Elements;

/// <summary>Empty space: a fixed size, or (with no size) a share of the free space.</summary>
internal sealed record SpacerElement : Element;
