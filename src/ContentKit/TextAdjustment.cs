namespace ContentKit;

/// <summary>Text the layout had to change to fit: shrunk (<see cref="Size"/> below <see cref="RequestedSize"/>) or clamped.</summary>
/// <param name="Field">The field the text shows (the first, when it shows several); null for the template's own text.</param>
/// <param name="Format">The output format it happened in.</param>
/// <param name="RequestedSize">The size the template asked for, in pixels.</param>
/// <param name="Size">The size used.</param>
/// <param name="HiddenCharacters">Characters cut off with an ellipsis; 0 when nothing was cut.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record TextAdjustment(string? Field, string Format, float RequestedSize, float Size, int HiddenCharacters)
{
    /// <summary>Every field the text shows, in the order the template wrote them; empty for the template's own text.</summary>
    public IReadOnlyList<string> Fields { get; init; } = Field is null ? [] : [Field];

    /// <summary>True when text was cut, not only shrunk.</summary>
    public bool Clamped => HiddenCharacters > 0;

    /// <summary>The fields for a sentence: <c>'judul'</c>, or <c>'judul', 'tempat'</c> for a text made of both; null when none.</summary>
    internal string? Quoted => Fields.Count > 0 ? string.Join(", ", Fields.Select(f => $"'{f}'")) : Field is null ? null : $"'{Field}'";

    /// <inheritdoc />
    public bool Equals(TextAdjustment? other) =>
        other is not null && (Field, Format, RequestedSize, Size, HiddenCharacters) == (other.Field, other.Format, other.RequestedSize, other.Size, other.HiddenCharacters)
        && Fields.SequenceEqual(other.Fields, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Field, Format, RequestedSize, Size, HiddenCharacters, Fields.Count);

    /// <summary>The sentence a reviewer reads in messages, in the UI language; report.html recognises it by this same text.</summary>
    public string Describe()
    {
        var what = Quoted ?? Messages.Adjustment_AnyText;
        return Clamped
            ? Localized.Format(Messages.Adjustment_Cut, what, Format, HiddenCharacters)
            : Localized.Format(Messages.Adjustment_Shrunk, what, RequestedSize, Size, Format);
    }
}
