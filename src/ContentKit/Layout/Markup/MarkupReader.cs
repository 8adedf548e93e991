using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Markup;

/// <summary>
/// Reads layout markup (XML) into an element tree. Everything it does not know is an error that names
/// the markup line, the element and the nearest valid name, never something silently ignored.
/// </summary>
internal static class MarkupReader
{
    /// <param name="markup">The markup text, usually the output of a template.</param>
    /// <param name="locate">Maps a markup line to a location in the template that produced it.</param>
    public static Element Read(string markup, Func<int, ErrorLocation?>? locate = null)
    {
        locate ??= _ => null;
        var root = Parse(markup, locate).Root!;
        if (root.Name.LocalName == "video")
        {
            throw new MarkupException(Messages.Markup_VideoNeedsKind, LineOf(root), locate(LineOf(root)));
        }

        var element = ReadElement(root, locate);
        if (Moving(element) is { } moving)
        {
            throw new MarkupException(
                Localized.Format(Messages.Markup_MotionInImage, moving.Name, string.Join(", ", MarkupVocabulary.MotionAttributes)),
                moving.Line,
                locate(moving.Line));
        }

        return element;
    }

    internal static XDocument Parse(string markup, Func<int, ErrorLocation?> locate)
    {
        try
        {
            var document = XDocument.Parse(markup, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
            MarkedFields.Take(document);
            return document;
        }
        catch (XmlException e)
        {
            throw new MarkupException(Localized.Format(Messages.Markup_NotXml, e.Message), e.LineNumber, locate(e.LineNumber), e);
        }
    }

    private static Element? Moving(Element element) => element.Box.Motion is not null
        ? element
        : (element as ContainerElement)?.Children.Select(Moving).FirstOrDefault(e => e is not null);

    internal static Element ReadElement(XElement node, Func<int, ErrorLocation?> locate)
    {
        var name = node.Name.LocalName;
        var line = ((IXmlLineInfo)node).LineNumber;
        try
        {
            return name switch
            {
                "row" => ReadContainer(node, ContainerKind.Row, locate),
                "column" or "box" => ReadContainer(node, ContainerKind.Column, locate),
                "layers" => ReadContainer(node, ContainerKind.Layers, locate),
                "text" => ReadText(node),
                "image" => ReadImage(node),
                "shape" => Apply(node, new ShapeElement { Name = name, Line = line }, MarkupVocabulary.Shape),
                "spacer" => Spacer(Apply(node, new SpacerElement { Name = name, Line = line }, null)),
                "icon" => ReadIcon(node),
                "qr" => ReadQr(node),
                "chart" => ReadChart(node),
                "table" => TableReader.Read(node, LineOf),
                _ => throw new MarkupException(
                    Localized.Format(Messages.Markup_UnknownElement, name, NearestName.Hint(name, MarkupVocabulary.Elements), string.Join(", ", MarkupVocabulary.Elements)),
                    line),
            };
        }
        catch (MarkupException e) when (e.Location.IsEmpty && locate(e.MarkupLine) is { } location)
        {
            throw new MarkupException(e.Message, e.MarkupLine, location, e.InnerException);
        }
    }

    internal static ContainerElement ReadContainer(XElement node, ContainerKind kind, Func<int, ErrorLocation?> locate)
    {
        var container = Apply(node, new ContainerElement { Name = node.Name.LocalName, Line = LineOf(node), Kind = kind }, MarkupVocabulary.Container);
        var children = ImmutableArray.CreateBuilder<Element>();
        foreach (var child in node.Nodes())
        {
            switch (child)
            {
                case XElement element:
                    children.Add(ReadElement(element, locate));
                    break;
                case XText text when !string.IsNullOrWhiteSpace(text.Value):
                    throw new MarkupException(
                        Localized.Format(Messages.Markup_BareText, Excerpt.Of(text.Value.Trim(), 40), container.Name),
                        LineOf(child) is > 0 and var l ? l : container.Line);
            }
        }

        return container with { Children = children.ToImmutable() };
    }

    /// <summary>A spacer given no size and no grow takes a share of the free space, like CSS's <c>flex: 1</c>.</summary>
    private static SpacerElement Spacer(SpacerElement spacer)
    {
        var box = spacer.Box;
        var sized = !box.Width.IsAuto || !box.Height.IsAuto || !box.Basis.IsAuto || box.Grow > 0;
        return sized ? spacer : spacer with { Box = box with { Grow = 1 } };
    }

    private static TextElement ReadText(XElement node)
    {
        var (attributes, box) = ReadAttributes(node, new TextAttributes(TextStyle.Default, null), MarkupVocabulary.Text);
        return new TextElement
        {
            Name = "text",
            Line = LineOf(node),
            Spans = InlineText.Read(node, attributes.Style, LineOf),
            Style = attributes.Style,
            // A declared field="…" names what the text shows; otherwise the fields the template wrote into it do.
            Fields = attributes.Field is { Length: > 0 } declared ? [declared] : MarkedFields.InContent(node),
            Box = box,
        };
    }

    /// <summary>An icon is square: <c>size</c> sets both sides, and without a size it is 48 px.</summary>
    private static IconElement ReadIcon(XElement node)
    {
        Require(node, "name", Messages.Markup_IconName);
        var size = node.Attribute("size")?.Value ?? ((node.Attribute("width") ?? node.Attribute("height")) is null ? "48" : null);
        node.Attribute("size")?.Remove();
        var icon = Apply(node, new IconElement { Name = "icon", Line = LineOf(node), Icon = "" }, MarkupVocabulary.Icon);
        return size is null ? icon : icon with { Box = icon.Box with { Width = ValueReader.Length(size), Height = ValueReader.Length(size) } };
    }

    private static QrElement ReadQr(XElement node)
    {
        Require(node, "data", Messages.Markup_QrData);
        var qr = Apply(node, new QrElement { Name = "qr", Line = LineOf(node), Data = "", Fields = MarkedFields.In(node.Attribute("data")) }, MarkupVocabulary.Qr);
        return qr.Box.AspectRatio is null ? qr with { Box = qr.Box with { AspectRatio = 1 } } : qr;
    }

    private static ChartElement ReadChart(XElement node)
    {
        var items = ImmutableArray.CreateBuilder<ChartItem>();
        foreach (var child in node.Elements())
        {
            if (child.Name.LocalName != "item")
            {
                throw new MarkupException(Localized.Format(Messages.Markup_ChartItems, child.Name.LocalName), LineOf(child));
            }

            Require(child, "value", Messages.Markup_ItemValue);
            var (item, _) = ReadAttributes(child, new ChartItem("", 0, null), MarkupVocabulary.ChartItem);
            items.Add(item);
        }

        var (chart, box) = ReadAttributes(node, new ChartElement { Name = "chart", Line = LineOf(node) }, MarkupVocabulary.Chart);
        return chart with { Box = box, Items = items.ToImmutable() };
    }

    private static void Require(XElement node, string attribute, string what)
    {
        if (string.IsNullOrWhiteSpace(node.Attribute(attribute)?.Value))
        {
            throw new MarkupException(Localized.Format(Messages.Markup_Needs, node.Name.LocalName, attribute, what), LineOf(node));
        }
    }

    private static ImageElement ReadImage(XElement node)
    {
        if (string.IsNullOrWhiteSpace(node.Attribute("src")?.Value))
        {
            throw new MarkupException(Messages.Markup_ImageSource, LineOf(node));
        }

        return Apply(node, new ImageElement { Name = "image", Line = LineOf(node), Source = "", Fields = MarkedFields.In(node.Attribute("src")) }, MarkupVocabulary.Image);
    }

    private static T Apply<T>(XElement node, T element, AttributeTable<T>? table)
        where T : Element
    {
        if (element is not ContainerElement && node.Nodes().Any(n => n is XElement || (n is XText t && !string.IsNullOrWhiteSpace(t.Value))))
        {
            throw new MarkupException(Localized.Format(Messages.Markup_NoContent, node.Name.LocalName), LineOf(node));
        }

        var (own, box) = ReadAttributes(node, element, table ?? new AttributeTable<T>());
        return own with { Box = box };
    }

    /// <summary>Applies each attribute to the element's own table, or else to its box style; anything else is an error.</summary>
    internal static (TOwn Own, BoxStyle Box) ReadAttributes<TOwn>(XElement node, TOwn own, AttributeTable<TOwn> table)
    {
        var box = BoxStyle.Default;
        foreach (var attribute in node.Attributes())
        {
            var name = attribute.Name.LocalName;
            var line = LineOf(attribute) is > 0 and var l ? l : LineOf(node);
            try
            {
                if (table.TryApply(name, attribute.Value, ref own) || MarkupVocabulary.Box.TryApply(name, attribute.Value, ref box))
                {
                    continue;
                }
            }
            catch (FormatException e)
            {
                throw new MarkupException($"<{node.Name.LocalName} {name}=\"{Excerpt.Of(attribute.Value, 40)}\">: {e.Message}.", line);
            }

            var known = table.Names.Concat(MarkupVocabulary.Box.Names);
            throw new MarkupException(Localized.Format(Messages.Markup_NoAttribute, node.Name.LocalName, name, NearestName.Hint(name, known)), line);
        }

        return (own, box);
    }

    internal static int LineOf(XObject node) => ((IXmlLineInfo)node).LineNumber;
}
