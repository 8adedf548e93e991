using System.IO.Compression;
using System.Text;

namespace ContentKit.Tests.Corpus;

/// <summary>
/// Writes a minimal XLSX (one sheet, shared strings) streamed through the zip, so a workbook that unpacks to a gigabyte
/// is made without holding it: the tests that need hostile workbooks make them here instead of committing them.
/// </summary>
internal static class GeneratedWorkbook
{
    private const string Namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// Writes the workbook: <paramref name="sharedStrings"/> writes the <c>&lt;si&gt;</c> elements of
    /// <c>xl/sharedStrings.xml</c>, <paramref name="rows"/> the <c>&lt;row&gt;</c> elements of the sheet.
    /// </summary>
    public static string Write(string path, Action<TextWriter> sharedStrings, Action<TextWriter> rows)
    {
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Part(zip, "[Content_Types].xml", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"));
            Part(zip, "_rels/.rels", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            Part(zip, "xl/workbook.xml", w => w.Write(
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Namespace}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Agenda\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            Part(zip, "xl/_rels/workbook.xml.rels", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
            Part(zip, "xl/sharedStrings.xml", w =>
            {
                w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Namespace}\">");
                sharedStrings(w);
                w.Write("</sst>");
            });
            Part(zip, "xl/worksheets/sheet1.xml", w =>
            {
                w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Namespace}\"><sheetData>");
                rows(w);
                w.Write("</sheetData></worksheet>");
            });
        }

        return path;
    }

    /// <summary>A sheet row of shared-string cells: <c>Row(w, 2, 0, 1)</c> puts texts 0 and 1 in A2 and B2.</summary>
    public static void Row(TextWriter writer, int row, params int[] texts)
    {
        writer.Write($"<row r=\"{row}\">");
        for (var i = 0; i < texts.Length; i++)
        {
            writer.Write($"<c r=\"{(char)('A' + i)}{row}\" t=\"s\"><v>{texts[i]}</v></c>");
        }

        writer.Write("</row>");
    }

    /// <summary>Writes <paramref name="count"/> copies of <paramref name="text"/> in blocks of about a megabyte.</summary>
    public static void Repeat(TextWriter writer, string text, long count)
    {
        var perBlock = Math.Max(1, (1 << 20) / text.Length);
        var block = new StringBuilder(perBlock * text.Length).Insert(0, text, perBlock).ToString();
        for (var written = 0L; written < count; written += perBlock)
        {
            writer.Write(written + perBlock <= count ? block : new StringBuilder().Insert(0, text, (int)(count - written)).ToString());
        }
    }

    /// <summary>Sets the uncompressed size a zip declares for <paramref name="part"/> (local header and central directory) to <paramref name="size"/>.</summary>
    public static void DeclareSize(string path, string part, uint size)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.UTF8.GetBytes(part);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034B50 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014B50 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24), size);
            }
        }

        File.WriteAllBytes(path, bytes);
    }

    private static void Part(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false), 1 << 16);
        write(writer);
    }
}
