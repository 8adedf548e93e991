using System.Text;

namespace ContentKit;

/// <summary>Where an error happened. Every part is optional; <see cref="ToString"/> prints the known ones, in the UI language.</summary>
/// <param name="File">The file (data file, template file, image) the problem is in.</param>
/// <param name="Row">The row number a spreadsheet program shows (the header is row 1).</param>
/// <param name="Column">The column or field name.</param>
/// <param name="Line">The line in <paramref name="File"/>.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record ErrorLocation(string? File = null, int? Row = null, string? Column = null, int? Line = null)
{
    /// <summary>No known location.</summary>
    public static ErrorLocation None { get; } = new();

    /// <summary>True when no part is known.</summary>
    public bool IsEmpty => File is null && Row is null && Column is null && Line is null;

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        void Add(string part)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(part);
        }

        if (File is not null)
        {
            text.Append(File);
            if (Line is not null)
            {
                text.Append(':').Append(Line.Value);
            }
        }
        else if (Line is not null)
        {
            Add(Localized.Format(Messages.Location_Line, Line.Value));
        }

        if (Row is not null)
        {
            Add(Localized.Format(Messages.Location_Row, Row.Value));
        }

        if (Column is not null)
        {
            Add(Localized.Format(Messages.Location_Column, Column));
        }

        return text.ToString();
    }
}
