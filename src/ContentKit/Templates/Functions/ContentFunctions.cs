using Scriban.Runtime;

namespace ContentKit.Templates.Functions;

/// <summary>
/// The Indonesian content functions templates call, by name or through a pipe:
/// <c>{{ row.tanggal | tanggal }}</c>, <c>{{ tanggal row.tanggal "short" }}</c>, <c>{{ rupiah_singkat row.anggaran }}</c>.
/// <list type="table">
/// <item><term><c>tanggal(value, style?)</c></term><description><see cref="IndonesianFormat.Date(DateTime, string)"/>; style defaults to <c>long</c>.</description></item>
/// <item><term><c>jam(value, zone?)</c></term><description><see cref="IndonesianFormat.Time(string, string)"/> and overloads; zone defaults to <c>WIB</c>.</description></item>
/// <item><term><c>angka(value, decimals?)</c></term><description><see cref="IndonesianNumbers.Number"/>.</description></item>
/// <item><term><c>rupiah(value)</c>, <c>rupiah_singkat(value)</c></term><description><see cref="IndonesianNumbers.Rupiah"/>, <see cref="IndonesianNumbers.RupiahShort"/>.</description></item>
/// <item><term><c>persen(value, decimals?)</c></term><description><see cref="IndonesianNumbers.Percent"/>; 87.5 writes <c>87,5%</c>.</description></item>
/// <item><term><c>terbilang(value)</c></term><description><see cref="IndonesianFormat.Words"/>.</description></item>
/// <item><term><c>slug(text)</c>, <c>potong(text, length)</c></term><description><see cref="IndonesianFormat.Slug"/>, <see cref="IndonesianFormat.Truncate"/>.</description></item>
/// <item><term><c>huruf_besar(text)</c>, <c>judul(text)</c></term><description><see cref="IndonesianFormat.Upper"/>, <see cref="IndonesianFormat.Title"/>.</description></item>
/// <item><term><c>selisih_hari(date, until)</c></term><description>Whole days from the date to <c>until</c> (negative when it lies before), times ignored: <c>{{ selisih_hari job.hari_ini row.tanggal }}</c>.</description></item>
/// <item><term><c>lebar_qr(text, pixels)</c></term><description>The width a QR code of the text needs for modules of that many pixels (<see cref="QrSize"/>).</description></item>
/// </list>
/// Values are read by <see cref="FunctionArguments"/>; null or blank values write nothing.
/// </summary>
internal static class ContentFunctions
{
    // Built once; renders get copies, so nothing a render does can reach another render.
    private static readonly ScriptObject Functions = Build();

    /// <summary>
    /// A fresh, read-only object holding every function as a read-only member, for one render.
    /// Copying is cheap: the functions are immutable and shared, only the member table is new.
    /// </summary>
    public static ScriptObject Create() => (ScriptObject)Functions.Clone(deep: false);

    private static ScriptObject Build()
    {
        ContentFunction[] functions =
        [
            new("tanggal", (value, style) => IndonesianFormat.Date(FunctionArguments.ToDate(value), Option(style, "long")), "style"),
            new("jam", (value, zone) => Time(value, Option(zone, "WIB")), "zone"),
            new("angka", (value, decimals) => IndonesianNumbers.Number(FunctionArguments.ToNumber(value), Decimals(decimals)), "decimals"),
            new("rupiah", (value, _) => IndonesianNumbers.Rupiah(FunctionArguments.ToNumber(value))),
            new("rupiah_singkat", (value, _) => IndonesianNumbers.RupiahShort(FunctionArguments.ToNumber(value))),
            new("persen", (value, decimals) => IndonesianNumbers.Percent(FunctionArguments.ToNumber(value), Decimals(decimals)), "decimals"),
            new("terbilang", (value, _) => IndonesianFormat.Words(FunctionArguments.ToWholeNumber(value))),
            new("slug", (value, _) => IndonesianFormat.Slug(FunctionArguments.ToText(value))),
            new(
                "potong",
                (value, length) => IndonesianFormat.Truncate(FunctionArguments.ToText(value), FunctionArguments.ToCount(length, "length")),
                "length",
                optionRequired: true),
            new("huruf_besar", (value, _) => IndonesianFormat.Upper(FunctionArguments.ToText(value))),
            new("judul", (value, _) => IndonesianFormat.Title(FunctionArguments.ToText(value))),
            new(
                "selisih_hari",
                (value, until) => until is null || until is string { Length: 0 } ? "" : DaysBetween(value, until),
                "until",
                optionRequired: true),
            new(
                "lebar_qr",
                (value, pixels) => (QrSize.Modules(FunctionArguments.ToText(value)) * FunctionArguments.ToCount(pixels, "pixels")).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "pixels",
                optionRequired: true),
        ];

        var result = new ScriptObject(functions.Length);
        foreach (var function in functions)
        {
            result.SetValue(function.Name, function, readOnly: true);
        }

        result.IsReadOnly = true;
        return result;
    }

    private static string DaysBetween(object from, object until) =>
        (FunctionArguments.ToDate(until).Date - FunctionArguments.ToDate(from).Date).Days.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Option(object? option, string fallback) => option is null ? fallback : FunctionArguments.ToText(option);

    private static int Decimals(object? decimals) => decimals is null ? 0 : FunctionArguments.ToCount(decimals, "decimals");

    private static string Time(object value, string zone) => value switch
    {
        DateTime dateTime => IndonesianFormat.Time(dateTime, zone),
        DateTimeOffset offset => IndonesianFormat.Time(offset.DateTime, zone),
        TimeSpan time => IndonesianFormat.Time(time, zone),
        string text => IndonesianFormat.Time(text, zone),
        _ => throw FunctionArguments.Unreadable(value, Messages.Function_ExpectedTime),
    };
}
