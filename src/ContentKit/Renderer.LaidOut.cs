using ContentKit.Layout;
using ContentKit.Templates;
using ContentKit.Text;

namespace ContentKit;

public sealed partial class Renderer
{
    /// <summary>One unit laid out in one format: what painting, the design check and the text report start from.</summary>
    /// <param name="Unit">The rows.</param>
    /// <param name="Format">The format.</param>
    /// <param name="Root">The positioned tree.</param>
    /// <param name="TemplateLines">For each markup line, the layout file's line that wrote it.</param>
    /// <param name="Text">The lines every text was broken into, at each size and width the layout tried.</param>
    internal sealed record LaidOut(RenderUnit Unit, OutputFormat Format, LayoutBox Root, IReadOnlyList<int> TemplateLines, TextLayoutCache Text);
}
