namespace ContentKit.Templates;

/// <summary>The kind of value a template field holds; data is converted and checked against it before rendering.</summary>
public enum FieldType
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>A number, read in the data's culture (<c>1.234,5</c>).</summary>
    Number,

    /// <summary>A date: a real spreadsheet date, or text such as <c>17/08/2026</c> (day first).</summary>
    Date,

    /// <summary>An image file, relative to the data file's folder.</summary>
    Image,

    /// <summary>A colour such as <c>#0E5E4A</c>.</summary>
    Color,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>Several text items separated by <c>;</c> or line breaks.</summary>
    List,
}
