namespace ContentKit;

/// <summary>
/// A problem with the user's input (data, template, image or option) that ContentKit can explain.
/// The message says what happened; <see cref="Location"/> says where, so a user can find and fix it.
/// Messages are in the language of <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> (English or Indonesian).
/// </summary>
/// <remarks>Not changed after it is thrown: safe to read from any thread.</remarks>
public class ContentKitException : Exception
{
    /// <summary>Creates an error with an optional location.</summary>
    public ContentKitException(string message, ErrorLocation? location = null, Exception? innerException = null)
        : this(message, null, location, innerException)
    {
    }

    private ContentKitException(string problem, string? fix, ErrorLocation? location, Exception? innerException)
        : base(fix is null ? problem : $"{problem} {fix}", innerException)
    {
        Location = location ?? ErrorLocation.None;
        Problem = problem;
        Fix = fix;
    }

    /// <summary>Where the problem is: file, spreadsheet row, column, template line.</summary>
    public ErrorLocation Location { get; }

    /// <summary>What is wrong: the message without <see cref="Fix"/>.</summary>
    internal string Problem { get; }

    /// <summary>
    /// How to fix it, when the message ends with a fix of its own ("'x' is not a date; write it like 17/08/2026").
    /// Kept apart so <c>validate</c> can show the two in separate columns in any language, without parsing sentences.
    /// </summary>
    internal string? Fix { get; }

    /// <summary>The location followed by the message, the way the command line prints it.</summary>
    public override string ToString() => Location.IsEmpty ? Message : $"{Location}: {Message}";

    /// <summary>An error whose message is <paramref name="problem"/>, a space, and <paramref name="fix"/>.</summary>
    internal static ContentKitException WithFix(string problem, string fix, ErrorLocation? location = null, Exception? innerException = null) =>
        new(problem, fix, location, innerException);

    /// <summary>The same error at <paramref name="location"/>, its fix still apart; this error becomes the inner one.</summary>
    internal ContentKitException At(ErrorLocation location) => new(Problem, Fix, location, this);
}
