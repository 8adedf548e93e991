namespace ContentKit.Output;

/// <summary>File extensions and parsing for <see cref="OutputType"/>.</summary>
/// <remarks>Stateless: safe to call from any number of threads at once.</remarks>
public static class OutputTypes
{
    /// <summary>The file extension, without a dot.</summary>
    public static string Extension(this OutputType type) => type switch
    {
        OutputType.Jpg => "jpg",
        OutputType.Webp => "webp",
        OutputType.Mp4 => "mp4",
        OutputType.Pdf => "pdf",
        _ => "png",
    };

    /// <summary>Reads <c>png</c>, <c>jpg</c>/<c>jpeg</c> or <c>webp</c>, <c>mp4</c> or <c>pdf</c>, in any case.</summary>
    public static bool TryParse(string text, out OutputType type)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "png":
                type = OutputType.Png;
                return true;
            case "jpg" or "jpeg":
                type = OutputType.Jpg;
                return true;
            case "webp":
                type = OutputType.Webp;
                return true;
            case "mp4":
                type = OutputType.Mp4;
                return true;
            case "pdf":
                type = OutputType.Pdf;
                return true;
            default:
                type = OutputType.Png;
                return false;
        }
    }
}
