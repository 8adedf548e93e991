namespace ContentKit.Text;

/// <summary>Where the lines of a paragraph sit across its box (<c>align</c> on <c>text</c>).</summary>
internal enum TextAlign
{
    Left,
    Center,
    Right,
}
