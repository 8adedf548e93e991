namespace ContentKit;

/// <summary>What goes with a posted image: alt text for screen readers and a caption with hashtags (<c>NAME.txt</c>). Immutable; safe to share between threads.</summary>
/// <param name="Alt">The image described for a screen-reader user: what it announces, when and where.</param>
/// <param name="Caption">A ready-to-post text, ending with the brand's hashtags.</param>
public sealed record PostText(string Alt, string Caption)
{
    /// <summary>The text file written beside an output: <c>002-senam-feed.png</c> → <c>002-senam-feed.txt</c>.</summary>
    public static string FileFor(string output) => Path.ChangeExtension(output, ".txt");

    /// <summary>The file's content: both texts under headings in the language of <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</summary>
    public string ToFileText() => $"{Messages.PostText_Alt}\n{Alt}\n\n{Messages.PostText_Caption}\n{Caption}\n";
}
