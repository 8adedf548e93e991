namespace ContentKit.Data;

/// <summary>Names the file, and the worksheet when there is one, in error messages.</summary>
/// <param name="FileName">The data file as the user gave it; errors carry it in their location.</param>
/// <param name="SheetName">The worksheet; <c>null</c> for CSV.</param>
internal sealed record SheetSource(string FileName, string? SheetName)
{
    /// <summary>The file name without its folder, or the sheet and that name, for use inside a sentence.</summary>
    public override string ToString() =>
        SheetName is null ? Path.GetFileName(FileName) : Localized.Format(Messages.Sheet_Named, SheetName, Path.GetFileName(FileName));

    public ContentKitException Empty() => new(
        Localized.Format(Messages.Sheet_Empty, this),
        new ErrorLocation(FileName));
}
