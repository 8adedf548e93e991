using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Markup;

/// <summary>What the attributes of a <c>&lt;text&gt;</c> element set: its style and the field it shows.</summary>
internal sealed record TextAttributes(TextStyle Style, string? Field)
{
    public TextAttributes With(Func<TextStyle, TextStyle> change) => this with { Style = change(Style) };
}
