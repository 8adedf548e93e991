namespace ContentKit.Output;

/// <summary>The file types an output can be written as.</summary>
public enum OutputType
{
    /// <summary>
    /// PNG, the default: sharp text, exact brand colours. A flat design of few colours is written with a 256-colour
    /// palette in which antialiased edges may move by up to 2 levels of 255; anything else is lossless.
    /// </summary>
    Png,

    /// <summary>JPEG at quality 90: smaller files for photo-heavy designs.</summary>
    Jpg,

    /// <summary>Lossy WebP at quality 90.</summary>
    Webp,

    /// <summary>An H.264/AAC video, from a video template.</summary>
    Mp4,

    /// <summary>A PDF page for print: text as text in embedded subset fonts, photos at the format's resolution.</summary>
    Pdf,
}
