namespace ContentKit.Text;

/// <summary>A run of text in one inline style: <c>&lt;b&gt;</c>, <c>&lt;i&gt;</c>, <c>&lt;span&gt;</c>, or data emphasis (<c>*kata*</c>).</summary>
/// <param name="Text">The text, white space already collapsed.</param>
/// <param name="Style">What the span changes from the paragraph's style.</param>
internal sealed record TextSpan(string Text, SpanStyle Style);
