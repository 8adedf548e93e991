using System.Text;

namespace ContentKit.Tests.Batch;

/// <summary>
/// Writes small <c>pengumuman</c> spreadsheets the way Indonesian Excel saves CSV: <c>;</c>-separated,
/// UTF-8 with a byte order mark, CRLF line ends, day/month/year dates.
/// </summary>
internal static class TestSheet
{
    public static readonly string[] Columns = ["judul", "tanggal", "waktu", "tempat", "penyelenggara", "isi", "foto", "kontak", "tautan"];

    /// <summary>A row for the <c>pengumuman</c> template; the cells left out are empty.</summary>
    public static string[] Row(string judul, string tanggal = "05/07/2026", string tempat = "Alun-alun Kota Blitar", string foto = "", string isi = "Terbuka untuk umum.") =>
        [judul, tanggal, "06.00 - 08.00 WIB", tempat, "Dinas Kominfo Kota Blitar", isi, foto, "", ""];

    /// <summary>Writes <paramref name="fileName"/> in <paramref name="folder"/> with the standard header and these rows; returns its path.</summary>
    public static string Write(string folder, string fileName, params string[][] rows) => WriteWithHeader(folder, fileName, Columns, rows);

    /// <summary>Writes a CSV with any header.</summary>
    public static string WriteWithHeader(string folder, string fileName, IReadOnlyList<string> header, params string[][] rows)
    {
        Directory.CreateDirectory(folder);
        var text = new StringBuilder();
        foreach (var cells in rows.Prepend([.. header]))
        {
            text.Append(string.Join(';', cells.Select(Quote))).Append("\r\n");
        }

        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    /// <summary>Copies a sample photo into <paramref name="folder"/>/foto and returns its path relative to <paramref name="folder"/>.</summary>
    public static string AddPhoto(string folder, string sample = "taman.jpg")
    {
        Directory.CreateDirectory(Path.Combine(folder, "foto"));
        File.Copy(Path.Combine(TestPaths.Samples, "foto", sample), Path.Combine(folder, "foto", sample), overwrite: true);
        return $"foto/{sample}";
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
