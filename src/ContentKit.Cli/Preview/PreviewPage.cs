namespace ContentKit.Cli.Preview;

/// <summary>The preview page (preview.html, embedded): plain HTML and script, no build step and nothing fetched from the web.</summary>
internal static class PreviewPage
{
    public static string Html { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(PreviewPage).Assembly.GetManifestResourceStream("ContentKit.Cli.Preview.preview.html")
            ?? throw new InvalidOperationException("preview.html is not embedded in the command's assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
