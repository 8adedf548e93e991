namespace ContentKit.Layout.Elements;

/// <summary>A QR code drawn as vector modules with a quiet zone; square, as wide as its box.</summary>
internal sealed record QrElement : Element
{
    public required string Data { get; init; }

    public Rgba Color { get; init; } = Rgba.Black;

    public Rgba Background { get; init; } = Rgba.White;

    /// <summary>An image reference drawn in the centre; the code then uses the highest error correction so it still scans.</summary>
    public string? Logo { get; init; }
}
