namespace ContentKit.Layout.Markup;

/// <summary>Layout markup that cannot be read: unknown element or attribute, bad value, malformed XML.</summary>
/// <remarks>Not changed after it is thrown: safe to read from any thread.</remarks>
public sealed class MarkupException : ContentKitException
{
    /// <summary>Creates an error for a markup line; <paramref name="location"/> may add the template file and line.</summary>
    public MarkupException(string message, int markupLine, ErrorLocation? location = null, Exception? innerException = null)
        : base(message, location, innerException)
    {
        MarkupLine = markupLine;
    }

    /// <summary>The 1-based line of the generated markup (see <c>--emit-markup</c>).</summary>
    public int MarkupLine { get; }
}
