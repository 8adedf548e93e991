using ContentKit.Layout.Elements;
using SkiaSharp;

namespace ContentKit.Drawing.Icons;

/// <summary>The bundled SVG icons, by name, recoloured.</summary>
internal sealed class IconLibrary(string folder)
{
    public string Folder => folder;

    public void Paint(SKCanvas canvas, IconElement icon, SKRect box) => throw new NotImplementedException();
}
