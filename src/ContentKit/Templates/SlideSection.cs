namespace ContentKit.Templates;

/// <summary>
/// One named content slide of a carousel made from one row (<c>"sections"</c> in <c>"slides"</c>): the layout reads its
/// name as <c>slide.section</c>. Immutable; safe to share between threads.
/// </summary>
public sealed record SlideSection
{
    /// <summary>The section's name, e.g. <c>detail</c> or <c>isi</c>.</summary>
    public required string Name { get; init; }

    /// <summary>A field that must be filled for the slide to appear; null: it always appears.</summary>
    public string? When { get; init; }

    /// <summary>With <see cref="When"/>: the slide appears only when that field's text is longer than this many characters (shorter text stays on another slide).</summary>
    public int? LongerThan { get; init; }

    /// <summary>True when <paramref name="row"/> fills what the section needs.</summary>
    public bool Shows(BoundRow row) => When is null || row.Values.GetValueOrDefault(When) switch
    {
        null => false,
        string text => !string.IsNullOrWhiteSpace(text) && text.Trim().Length > (LongerThan ?? 0),
        _ => LongerThan is null,
    };
}
