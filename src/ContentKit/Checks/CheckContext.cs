using ContentKit.Layout;
using ContentKit.Layout.Elements;
using ContentKit.Templates;

namespace ContentKit.Checks;

/// <summary>What one output is checked against: its format, the brand's rules, the rows it shows, and where its markup came from.</summary>
/// <param name="Format">The output format, with its unsafe bands.</param>
/// <param name="MinTextSize">The brand's smallest text for the format, in pixels; null when the brand sets none.</param>
/// <param name="Unit">The rows the output shows; problems are reported on the first.</param>
/// <param name="TemplateLine">Maps a markup line to the layout file's line that wrote it.</param>
internal sealed record CheckContext(OutputFormat Format, float? MinTextSize, RenderUnit Unit, Func<int, int?> TemplateLine)
{
    private readonly List<KeyValuePair<string, object?>> _values = [.. Unit.Rows.SelectMany(r => r.Values)];

    public int? Row => Unit.Rows.Count > 0 ? Unit.Rows[0].RowNumber : null;

    /// <summary>The tree in paint order, each box with its parent, path and field.</summary>
    public IReadOnlyList<CheckedBox> Walk(LayoutBox root)
    {
        var boxes = new List<CheckedBox>();
        void Visit(LayoutBox box, CheckedBox? parent)
        {
            var field = FieldOf(box.Element);
            var segment = box.Element.Fields.IsEmpty ? box.Element.Name : $"{box.Element.Name}[{string.Join(',', box.Element.Fields)}]";
            var name = field is null && box.Element is TextElement text ? $"text \"{Excerpt.Of(text.Text.ReplaceLineEndings(" "), 32)}\"" : segment;
            var entry = new CheckedBox(box, parent, parent is null ? segment : $"{parent.Path}/{segment}", name, field);
            boxes.Add(entry);
            foreach (var child in box.Children)
            {
                Visit(child, entry);
            }
        }

        Visit(root, null);
        return boxes;
    }

    /// <summary>
    /// The field a finding about the element names: of the fields it shows (<see cref="Element.Fields"/>, set where the
    /// template wrote them), the one with the longest value, the likeliest to shorten; null for literal content.
    /// </summary>
    public string? FieldOf(Element element) => element.Fields.OrderByDescending(f => ValueOf(f)?.Length ?? 0).FirstOrDefault();

    /// <summary>The text of <paramref name="field"/> in the first row that has it, for "shorten to about N characters".</summary>
    public string? ValueOf(string? field) => field is null ? null : _values.FirstOrDefault(kv => kv.Key == field && kv.Value is string).Value as string;

    /// <summary>A finding about <paramref name="box"/>, located at its template line and field.</summary>
    public Finding Found(FindingKind kind, FindingSeverity severity, CheckedBox box, string message, string fix, System.Drawing.RectangleF? area = null, float over = 0) =>
        new(kind, severity, Format.Name, box.Path, message, fix)
        {
            Row = Row,
            Field = box.Field ?? FieldInside(box.Box),
            TemplateLine = box.Box.Element.Line > 0 ? TemplateLine(box.Box.Element.Line) : null,
            Area = FindingArea.Of(area ?? box.Box.Bounds),
            PixelsOver = (int)MathF.Ceiling(over),
        };

    /// <summary>For a container: the field of the longest text inside it, the likeliest one to shorten.</summary>
    public string? FieldInside(LayoutBox box) =>
        box.Descendants()
            .Select(b => b.Element is TextElement text ? (Field: FieldOf(text), text.Text.Length) : (Field: (string?)null, Length: 0))
            .Where(f => f.Field is not null)
            .OrderByDescending(f => f.Length)
            .FirstOrDefault().Field;
}
