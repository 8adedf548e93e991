namespace ContentKit.Templates;

/// <summary>
/// A mistake in a template itself (a misspelt name, an endless loop, an include outside its folder, unknown
/// markup), as opposed to a bad value in one row: it would fail every row, so a batch stops before rendering.
/// </summary>
/// <remarks>Not changed after it is thrown: safe to read from any thread.</remarks>
public sealed class TemplateException : ContentKitException
{
    /// <summary>Creates the error for a template file and line.</summary>
    public TemplateException(string message, ErrorLocation location, Exception? innerException = null)
        : base(message, location, innerException)
    {
    }
}
