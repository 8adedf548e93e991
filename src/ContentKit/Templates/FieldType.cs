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

    /// <summary>
    /// Which part of a photo a crop keeps: <c>auto</c> (found in the photo), <c>atas</c>, <c>tengah</c>, <c>bawah</c>
    /// (<c>top</c>, <c>center</c>, <c>bottom</c>), or two fractions <c>x,y</c> from 0 to 1; a layout passes it to an
    /// image's <c>focus</c> attribute. Conventionally named after its photo field, as <c>foto_fokus</c>.
    /// </summary>
    Focus,
}
