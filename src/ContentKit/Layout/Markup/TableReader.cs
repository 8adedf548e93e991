using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ContentKit.Layout.Elements;
using ContentKit.Text;
using static ContentKit.Layout.Markup.ValueReader;

namespace ContentKit.Layout.Markup;

/// <summary>
/// Reads <c>&lt;table&gt;</c> into the same containers and texts everything else uses (one construction path):
/// a column of rows, the first <c>&lt;tr header="true"&gt;</c> styled as a header, zebra stripes, column widths
/// by <c>columns="2 1"</c>, and numbers right-aligned unless a cell says otherwise.
/// </summary>
internal static partial class TableReader
{
    private static readonly IReadOnlyList<string> CellAttributes = ["align", "weight", "color"];

    public static ContainerElement Read(XElement table, Func<XObject, int> lineOf)
    {
        var (style, box) = MarkupReader.ReadAttributes(table, new TableStyle(), Attributes);
        var rows = ImmutableArray.CreateBuilder<Element>();
        var index = 0;
        foreach (var tr in table.Elements())
        {
            if (tr.Name.LocalName != "tr")
            {
                throw new MarkupException(Localized.Format(Messages.Markup_TableRows, tr.Name.LocalName), lineOf(tr));
            }

            var header = tr.Attribute("header")?.Value == "true";
            var cells = tr.Elements().Select((td, column) => Cell(td, column, header, style, lineOf)).ToImmutableArray<Element>();
            var background = header ? style.HeaderBackground : index++ % 2 == 1 ? style.Zebra : null;
            rows.Add(new ContainerElement
            {
                Name = "tr",
                Line = lineOf(tr),
                Kind = ContainerKind.Row,
                Align = Align.Stretch,
                Decoration = background is { } fill ? new Decoration { Background = new SolidFill(fill) } : Decoration.None,
                Children = cells,
            });
        }

        return new ContainerElement
        {
            Name = "table",
            Line = lineOf(table),
            Kind = ContainerKind.Column,
            Box = box,
            Decoration = new Decoration { Radius = style.Radius, Clip = style.Radius > 0, Background = style.Background is { } b ? new SolidFill(b) : null },
            Children = rows.ToImmutable(),
        };
    }

    private static TextElement Cell(XElement td, int column, bool header, TableStyle table, Func<XObject, int> lineOf)
    {
        if (td.Name.LocalName is not ("td" or "th"))
        {
            throw new MarkupException(Localized.Format(Messages.Markup_TableCells, td.Name.LocalName), lineOf(td));
        }

        var text = td.Value.Trim();
        var style = new TextStyle
        {
            Family = table.Font,
            Size = table.Size,
            Weight = header || td.Name.LocalName == "th" ? 700 : 400,
            Color = header ? table.HeaderColor : table.Color,
            Align = Number().IsMatch(text) ? TextAlign.Right : TextAlign.Left,
            LineHeight = 1.3f,
        };

        foreach (var attribute in td.Attributes())
        {
            try
            {
                style = attribute.Name.LocalName switch
                {
                    "align" => style with { Align = Keyword<TextAlign>(attribute.Value) },
                    "weight" => style with { Weight = Weight(attribute.Value) },
                    "color" => style with { Color = Color(attribute.Value) },
                    var name => throw new MarkupException(Localized.Format(Messages.Markup_NoAttribute, "td", name, NearestName.Hint(name, CellAttributes)), lineOf(td)),
                };
            }
            catch (FormatException e)
            {
                throw new MarkupException($"<td {attribute.Name.LocalName}=\"{attribute.Value}\">: {e.Message}.", lineOf(td));
            }
        }

        var share = column < table.Columns.Length ? table.Columns[column] : 1;
        return TextElement.Plain(text, style) with
        {
            Name = "td",
            Line = lineOf(td),
            Fields = MarkedFields.InContent(td),
            Box = new BoxStyle { Grow = share, Basis = Length.Pixels(0), Padding = table.CellPadding },
        };
    }

    private static AttributeTable<TableStyle> Attributes { get; } = new AttributeTable<TableStyle>()
        .Add("columns", (t, v) => t with { Columns = [.. v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Positive)] })
        .Add("font", (t, v) => t with { Font = v.Trim() })
        .Add("size", (t, v) => t with { Size = Positive(v) })
        .Add("color", (t, v) => t with { Color = Color(v) })
        .Add("header-color", (t, v) => t with { HeaderColor = Color(v) })
        .Add("header-background", (t, v) => t with { HeaderBackground = Color(v) })
        .Add("zebra", (t, v) => t with { Zebra = Color(v) })
        .Add("background", (t, v) => t with { Background = Color(v) })
        .Add("cell-padding", (t, v) => t with { CellPadding = Thickness(v) })
        .Add("radius", (t, v) => t with { Radius = NonNegative(v) });

    // Numbers as spreadsheets and the Indonesian functions write them: 1.234,5 · Rp 1.250.000 · 87,5% · -12
    [GeneratedRegex(@"^[-+]?(Rp\s?)?[\d.,]+\s?(%|rb|jt|M|T|juta|miliar|triliun)?$")]
    private static partial Regex Number();

    private sealed record TableStyle
    {
        public ImmutableArray<float> Columns { get; init; } = [];

        public string? Font { get; init; }

        public float Size { get; init; } = 26;

        public Rgba Color { get; init; } = new(0x16, 0x28, 0x2B);

        public Rgba HeaderColor { get; init; } = Rgba.White;

        public Rgba? HeaderBackground { get; init; } = new(0x0E, 0x5E, 0x4A);

        public Rgba? Zebra { get; init; } = new(0xF3, 0xF1, 0xEA);

        public Rgba? Background { get; init; } = Rgba.White;

        public Thickness CellPadding { get; init; } = new(14, 20, 14, 20);

        public float Radius { get; init; }
    }
}
