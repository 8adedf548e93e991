using System.Drawing;

namespace ContentKit.Layout;

/// <summary>Tells layout the pixel size of an image source, so an image without a height keeps its proportions.</summary>
internal interface IImageSizes
{
    Size SizeOf(string source);
}
