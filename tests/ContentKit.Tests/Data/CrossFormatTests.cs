using ContentKit.Data;

namespace ContentKit.Tests.Data;

public class CrossFormatTests
{
    [Theory]
    [InlineData("agenda.xlsx")]
    [InlineData("agenda.xls")]
    [InlineData("agenda.json")]
    public void Csv_workbook_and_json_with_the_same_data_give_the_same_values_after_parsing(string workbook)
    {
        var fromCsv = Agenda(DataReader.Read(TestData.Fixture("agenda-id.csv")));
        var fromWorkbook = Agenda(DataReader.Read(TestData.Fixture(workbook)));

        Assert.Equal(fromCsv, fromWorkbook);
        Assert.Equal(
            (5, 3.0, "Lomba Video \"Blitar Keren\"", new DateTime(2022, 12, 1), "Alun-alun Kota Blitar \u2014 panggung utama", 120.0, 5000000.0),
            fromCsv[2]);
    }

    private static List<(int Row, double No, string? Title, DateTime Date, string? Place, double People, double Budget)> Agenda(DataSheet sheet) =>
        [.. sheet.Rows.Select(row => (
            row.RowNumber,
            Number(row["no"]),
            row["judul_acara"] as string,
            Date(row["tanggal"]),
            row["tempat"] as string,
            Number(row["peserta"]),
            Number(row["anggaran"])))];

    private static double Number(object? value) =>
        CellParser.TryParseNumber(value, Cultures.Indonesian, out var number) ? number : throw new FormatException($"not a number: {value}");

    private static DateTime Date(object? value) =>
        CellParser.TryParseDate(value, Cultures.Indonesian, out var date) ? date : throw new FormatException($"not a date: {value}");
}
