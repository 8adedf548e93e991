namespace ContentKit.Data;

/// <summary>The errors for a file past one of the <see cref="DataReadOptions"/> limits; each names the file, the limit and where it was hit.</summary>
internal static class ReadLimits
{
    private const double Megabyte = 1024 * 1024;

    public static ContentKitException CellTooLong(SheetSource source, int row, int column, int limit) => new(
        Localized.Format(Messages.Data_CellTooLong, source, limit),
        new ErrorLocation(source.FileName, row, HeaderRow.Letter(column)));

    public static ContentKitException PartTextTooLong(string fileName, string part, int limit) => new(
        Localized.Format(Messages.Data_PartTextTooLong, Path.GetFileName(fileName), limit, part),
        new ErrorLocation(fileName));

    public static ContentKitException TooManyCells(SheetSource source, int? row, int limit) => new(
        Localized.Format(Messages.Data_TooManyCells, source, limit),
        new ErrorLocation(source.FileName, row));

    public static ContentKitException TooManyTexts(string fileName, int limit) => new(
        Localized.Format(Messages.Data_TooManyTexts, Path.GetFileName(fileName), limit),
        new ErrorLocation(fileName));

    public static ContentKitException TooManyColumns(SheetSource source, int? row, int limit) => new(
        Localized.Format(Messages.Data_TooManyColumns, source, limit),
        new ErrorLocation(source.FileName, row));

    public static ContentKitException InflatesTooMuch(string fileName, string part, long declared, long limit) => new(
        Localized.Format(Messages.Data_InflatesTooMuch, Path.GetFileName(fileName), Math.Round(limit / Megabyte), part, Math.Ceiling(declared / Megabyte)),
        new ErrorLocation(fileName));

    public static ContentKitException PartLargerThanDeclared(string fileName, string part, long declared) => new(
        Localized.Format(Messages.Data_PartLargerThanDeclared, Path.GetFileName(fileName), part, declared),
        new ErrorLocation(fileName));
}
