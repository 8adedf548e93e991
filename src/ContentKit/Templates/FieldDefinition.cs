namespace ContentKit.Templates;

/// <summary>One field a template reads from each row, as declared in <c>template.json</c>.</summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record FieldDefinition
{
    /// <summary>The field name; the column is matched forgivingly (<c>Judul Acara</c> matches <c>judul_acara</c>).</summary>
    public required string Name { get; init; }

    /// <summary>What kind of value it holds.</summary>
    public FieldType Type { get; init; } = FieldType.Text;

    /// <summary>True when every row must have a value.</summary>
    public bool Required { get; init; }

    /// <summary>The value used when the cell is empty.</summary>
    public string? Default { get; init; }

    /// <summary>The most characters a text value may have; 0 means no limit.</summary>
    public int MaxLength { get; init; }

    /// <summary>A short explanation for people filling in the spreadsheet.</summary>
    public string? Help { get; init; }
}
