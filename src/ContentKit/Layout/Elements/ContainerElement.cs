using System.Collections.Immutable;

namespace ContentKit.Layout.Elements;

/// <summary><c>row</c>, <c>column</c>, <c>box</c> (a decorated column) or <c>layers</c> (children stacked).</summary>
internal sealed record ContainerElement : Element
{
    public ContainerKind Kind { get; init; }

    public float Gap { get; init; }

    public Align Align { get; init; } = Align.Stretch;

    public Justify Justify { get; init; } = Justify.Start;

    public Decoration Decoration { get; init; } = Decoration.None;

    public ImmutableArray<Element> Children { get; init; } = [];
}

internal enum ContainerKind
{
    Row,
    Column,
    Layers,
}
