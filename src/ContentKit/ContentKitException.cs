namespace ContentKit;

/// <summary>
/// A problem with the user's input (data, template, image or option) that ContentKit can explain.
/// The message says what happened; <see cref="Location"/> says where, so a user can find and fix it.
/// </summary>
public class ContentKitException : Exception
{
    /// <summary>Creates an error with an optional location.</summary>
    public ContentKitException(string message, ErrorLocation? location = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Location = location ?? ErrorLocation.None;
    }

    /// <summary>Where the problem is: file, spreadsheet row, column, template line.</summary>
    public ErrorLocation Location { get; }

    /// <summary>The location followed by the message, the way the command line prints it.</summary>
    public override string ToString() => Location.IsEmpty ? Message : $"{Location}: {Message}";
}
