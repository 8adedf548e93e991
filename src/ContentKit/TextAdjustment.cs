namespace ContentKit;

/// <summary>Text the layout had to change to fit: shrunk (<see cref="Size"/> below <see cref="RequestedSize"/>) or clamped.</summary>
/// <param name="Field">The field the text shows, when known.</param>
/// <param name="Format">The output format it happened in.</param>
/// <param name="RequestedSize">The size the template asked for, in pixels.</param>
/// <param name="Size">The size used.</param>
/// <param name="HiddenCharacters">Characters cut off with an ellipsis; 0 when nothing was cut.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record TextAdjustment(string? Field, string Format, float RequestedSize, float Size, int HiddenCharacters)
{
    /// <summary>True when text was cut, not only shrunk.</summary>
    public bool Clamped => HiddenCharacters > 0;

    /// <summary>The sentence a reviewer reads in messages, in the UI language; report.html recognises it by this same text.</summary>
    public string Describe()
    {
        var what = Field is null ? Messages.Adjustment_AnyText : $"'{Field}'";
        return Clamped
            ? Localized.Format(Messages.Adjustment_Cut, what, Format, HiddenCharacters)
            : Localized.Format(Messages.Adjustment_Shrunk, what, RequestedSize, Size, Format);
    }
}
