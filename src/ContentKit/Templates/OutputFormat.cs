namespace ContentKit.Templates;

/// <summary>A named output size, e.g. <c>feed</c> 1080×1350.</summary>
/// <param name="Name">The name used on the command line and in file names.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record OutputFormat(string Name, int Width, int Height)
{
    /// <summary>Width divided by height.</summary>
    public double AspectRatio => Width / (double)Height;

    /// <summary>The bands the platform's own interface covers (a story's top bar and reply field); null when none.</summary>
    public UnsafeBands? Unsafe { get; init; }
}
