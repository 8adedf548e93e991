using System.Collections.Immutable;
using System.Xml.Linq;

namespace ContentKit.Layout.Markup;

/// <summary>
/// Takes the <see cref="FieldMarks"/> the markup writer put before each row value out of a parsed document, before
/// anything reads it, and keeps the field names on the text node or attribute they were in.
/// </summary>
internal static class MarkedFields
{
    /// <summary>Strips every mark from <paramref name="document"/>'s texts and attribute values.</summary>
    public static void Take(XDocument document)
    {
        foreach (var node in document.DescendantNodes())
        {
            if (node is XText text && FieldMarks.Any(text.Value))
            {
                text.Value = Strip(text, text.Value);
            }
            else if (node is XElement element)
            {
                foreach (var attribute in element.Attributes().Where(a => FieldMarks.Any(a.Value)))
                {
                    attribute.Value = Strip(attribute, attribute.Value);
                }
            }
        }
    }

    /// <summary>The fields the text inside <paramref name="node"/> shows, in order of appearance.</summary>
    public static ImmutableArray<string> InContent(XElement node) =>
        [.. node.DescendantNodes().OfType<XText>().SelectMany(t => t.Annotation<Names>()?.Fields ?? []).Distinct(StringComparer.Ordinal)];

    /// <summary>The fields an attribute's value shows.</summary>
    public static ImmutableArray<string> In(XAttribute? attribute) => attribute?.Annotation<Names>()?.Fields ?? [];

    private static string Strip(XObject holder, string value)
    {
        var fields = new List<string>();
        var plain = FieldMarks.Strip(value, fields);
        if (fields.Count > 0)
        {
            holder.AddAnnotation(new Names([.. fields]));
        }

        return plain;
    }

    private sealed record Names(ImmutableArray<string> Fields);
}
