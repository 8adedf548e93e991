using System.Text;
using ContentKit.Data;

namespace ContentKit.Tests.Data;

public class JsonReadingTests
{
    [Fact]
    public void Json_array_of_objects_is_read_with_property_names_as_columns()
    {
        var sheet = DataReader.Read(TestData.Fixture("agenda.json"));

        Assert.Equal(["No", "Judul Acara", "Tanggal", "Tempat", "Peserta", "Anggaran"], sheet.Columns);
        var row = sheet.Rows[1];
        Assert.Equal(2.0, row["no"]);
        Assert.Equal("Rapat Koordinasi; Admin OPD", row["judul_acara"]);
        Assert.Equal("2022-11-15", row["tanggal"]);
        Assert.Equal("Ruang Rapat\nLantai 2", row["tempat"]);
        Assert.Equal(750000.5, row["anggaran"]);
        Assert.All(sheet.Rows, record => Assert.Empty(record.Problems));
    }

    [Fact]
    public void Json_rows_are_numbered_as_if_the_property_names_were_row_1_and_empty_objects_are_skipped_but_counted()
    {
        var sheet = DataReader.Read(TestData.Fixture("agenda.json"));

        Assert.Equal([2, 3, 5], sheet.Rows.Select(row => row.RowNumber));
    }

    [Fact]
    public void Json_columns_are_every_objects_property_names_in_first_seen_order()
    {
        var sheet = TestData.ReadJson("""[{"judul": "Rapat"}, {"tempat": "Aula", "judul": "Senam"}, {"jumlah": null}]""");

        Assert.Equal(["judul", "tempat", "jumlah"], sheet.Columns);
        Assert.Equal(["judul", "tempat", "jumlah"], sheet.Rows[0].Values.Keys);
        Assert.Null(sheet.Rows[0]["tempat"]);
        Assert.Equal("Senam", sheet.Rows[1]["judul"]);
        Assert.Equal([2, 3], sheet.Rows.Select(row => row.RowNumber));
    }

    [Fact]
    public void Json_property_names_that_mean_the_same_column_are_one_column_named_as_first_seen()
    {
        var sheet = TestData.ReadJson("""[{"Judul Acara": "Rapat"}, {"judul_acara": "Senam"}]""");

        Assert.Equal(["Judul Acara"], sheet.Columns);
        Assert.Equal(["Rapat", "Senam"], sheet.Rows.Select(row => row["judul_acara"]));
    }

    [Fact]
    public void Json_values_are_trimmed_text_numbers_booleans_and_null()
    {
        var row = TestData.ReadJson("""[{"a": "  Rapat ", "b": "", "c": true, "d": false, "e": null, "f": 1234.5, "g": -3}]""").Rows[0];

        Assert.Equal("Rapat", row["a"]);
        Assert.Null(row["b"]);
        Assert.Equal(true, row["c"]);
        Assert.Equal(false, row["d"]);
        Assert.Null(row["e"]);
        Assert.Equal(1234.5, row["f"]);
        Assert.Equal(-3.0, row["g"]);
        Assert.Empty(row.Problems);
    }

    [Theory]
    [InlineData("""{"tags": ["a", "b"], "judul": "Senam"}""", "an array")]
    [InlineData("""{"tags": {"a": 1}, "judul": "Senam"}""", "an object")]
    [InlineData("""{"tags": 1e400, "judul": "Senam"}""", "a number too large to read")]
    public void Value_that_is_not_text_number_or_boolean_is_a_problem_naming_the_row_and_property(string second, string what)
    {
        var rows = TestData.ReadJson($"[{{\"judul\": \"Rapat\"}}, {second}]").Rows;

        Assert.Empty(rows[0].Problems);
        var problem = Assert.Single(rows[1].Problems);
        Assert.Equal($"row 3 (object 2 of the array) has {what} in 'tags'; values must be text, numbers or true/false", problem);
        Assert.Null(rows[1]["tags"]);
        Assert.Equal("Senam", rows[1]["judul"]);
    }

    [Fact]
    public void Item_that_is_not_an_object_is_kept_as_a_row_with_a_problem()
    {
        var rows = TestData.ReadJson("""[{"judul": "Rapat"}, "Senam", null]""").Rows;

        Assert.Equal([2, 3, 4], rows.Select(row => row.RowNumber));
        Assert.StartsWith("row 3 (item 2 of the array) is text, not an object", Assert.Single(rows[1].Problems), StringComparison.Ordinal);
        Assert.StartsWith("row 4 (item 3 of the array) is null, not an object", Assert.Single(rows[2].Problems), StringComparison.Ordinal);
        Assert.Null(rows[1]["judul"]);
    }

    [Fact]
    public void Object_with_two_names_for_one_column_is_a_problem()
    {
        var row = TestData.ReadJson("""[{"Judul": "Rapat", "judul": "Senam"}]""").Rows[0];

        Assert.Equal("row 2 (object 1 of the array) has both 'Judul' and 'judul', which mean the same column; keep one", Assert.Single(row.Problems));
        Assert.Equal("Rapat", row["judul"]);
    }

    [Fact]
    public void Value_under_a_property_name_without_letters_or_digits_is_a_problem()
    {
        var row = TestData.ReadJson("""[{"#": 1, "judul": "Rapat", "": null}]""").Rows[0];

        Assert.Equal(["judul"], row.Values.Keys);
        Assert.Contains("the property '#', whose name has no letters or digits", Assert.Single(row.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_an_error_naming_the_line_and_position()
    {
        var error = Assert.Throws<ContentKitException>(() => TestData.ReadJson("[\n  {\"judul\": \"Rapat\"},\n  {\"judul\": }\n]"));

        Assert.Equal(
            "inline.json is not valid JSON: '}' is an invalid start of a value (line 3, position 13). "
            + "Look for a missing or extra comma, quote or bracket there or just before it.",
            error.Message);
        Assert.Equal(new ErrorLocation("inline.json", Line: 3), error.Location);
    }

    [Fact]
    public void Json_cut_short_is_an_error()
    {
        var error = Assert.Throws<ContentKitException>(() => TestData.ReadJson("[{\"judul\": \"Rapat\"},\n{\"judul\": \"Sen"));

        Assert.Contains("is not valid JSON:", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void Json_that_is_not_an_array_is_an_error_showing_the_expected_shape()
    {
        var error = Assert.Throws<ContentKitException>(() => TestData.ReadJson("""{"data": [{"judul": "Rapat"}]}"""));

        Assert.StartsWith("inline.json holds an object, but ContentKit reads a JSON array of objects, one per row", error.Message, StringComparison.Ordinal);
        Assert.Contains("save that array alone", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "its array is empty")]
    [InlineData("[{}, 1]", "its array has no objects with named properties")]
    public void Json_without_columns_is_an_error(string json, string reason)
    {
        var error = Assert.Throws<ContentKitException>(() => TestData.ReadJson(json));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_with_a_byte_order_mark_comments_and_trailing_commas_is_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("[\n  // agenda\n  {\"judul\": \"Café\",},\n]")).ToArray();
        using var stream = new MemoryStream(bytes);

        Assert.Equal("Café", DataReader.Read(stream, "agenda.json").Rows[0]["judul"]);
    }

    [Fact]
    public void Json_saved_as_windows_1252_or_utf16_is_read_like_csv()
    {
        var json = "[{\"judul\": \"Pentas Seni Café\"}]";
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        using var ansi = new MemoryStream(windows1252.GetBytes(json));
        using var utf16 = new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(json)]);

        Assert.Equal("Pentas Seni Café", DataReader.Read(ansi, "agenda.json").Rows[0]["judul"]);
        Assert.Equal("Pentas Seni Café", DataReader.Read(utf16, "agenda.json").Rows[0]["judul"]);
    }

    [Fact]
    public void Escape_of_half_a_surrogate_pair_is_a_problem_of_its_row()
    {
        var row = TestData.ReadJson("""[{"judul": "Rapat \ud800", "tempat": "Aula"}]""").Rows[0];

        Assert.Contains("has text that is not valid Unicode", Assert.Single(row.Problems), StringComparison.Ordinal);
        Assert.Equal("Aula", row["tempat"]);
    }

    [Fact]
    public void Json_rows_past_the_limit_are_refused()
    {
        var error = Assert.Throws<ContentKitException>(
            () => TestData.ReadJson("""[{"a": 1}, {"a": 2}, {"a": 3}]""", new DataReadOptions { MaxRows = 2 }));

        Assert.Equal(4, error.Location.Row);
    }
}
