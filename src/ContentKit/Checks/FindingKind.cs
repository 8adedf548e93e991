namespace ContentKit.Checks;

/// <summary>What the design check found wrong with a rendered output.</summary>
public enum FindingKind
{
    /// <summary>Content reaches past the edge of the canvas.</summary>
    OutsideCanvas,

    /// <summary>Content leaves the box it sits in, so it is cut or covers its neighbours.</summary>
    Clipped,

    /// <summary>Text was cut to fit (an ellipsis hides part of it).</summary>
    TextCut,

    /// <summary>Text was shrunk to fit by at least 1 px and 5%.</summary>
    TextShrunk,

    /// <summary>Text and the pixels behind it are too close in luminance (WCAG 2.1).</summary>
    Contrast,

    /// <summary>A QR code does not decode from the painted pixels to its data, or its modules are under 4 px.</summary>
    Qr,

    /// <summary>Text is smaller than the brand's minimum for the format.</summary>
    SmallText,

    /// <summary>An element marked <c>decorative</c> lies over text.</summary>
    DecorationOverText,

    /// <summary>Content sits where the platform's own interface covers the image (a format's unsafe bands).</summary>
    UnsafeBand,
}
