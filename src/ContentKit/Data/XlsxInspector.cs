using System.IO.Compression;
using System.Xml;

namespace ContentKit.Data;

/// <summary>
/// Checks an XLSX workbook against the limits of <see cref="DataReadOptions"/> before ExcelDataReader reads it, since
/// that reader keeps every shared text in memory and builds each cell's text whole: the sizes the zip declares (before
/// anything is unpacked), the bytes each XML part really unpacks to, the number of texts and cells, and each text's
/// length, read in chunks so a 1 GiB text is never held. A part that is not well-formed is left for ExcelDataReader to report.
/// </summary>
internal static class XlsxInspector
{
    private const string SharedStrings = "sharedStrings.xml";

    public static void Check(Stream seekable, string fileName, DataReadOptions options)
    {
        var start = seekable.Position;
        try
        {
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > options.MaxInflatedBytes)
                {
                    throw ReadLimits.InflatesTooMuch(fileName, entry.FullName, entry.Length, options.MaxInflatedBytes);
                }
            }

            var cells = 0L;
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                using var content = new DeclaredLengthStream(entry.Open(), entry.Length, () => ReadLimits.PartLargerThanDeclared(fileName, entry.FullName, entry.Length));
                if (!Scan(content, entry.FullName, fileName, options, ref cells) && content.Position == entry.Length)
                {
                    // .NET stops unpacking a part at its declared size: XML cut off right there is a part larger than it says.
                    throw ReadLimits.PartLargerThanDeclared(fileName, entry.FullName, entry.Length);
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not a zip ExcelDataReader can read either; it says so in its own words.
        }
        finally
        {
            seekable.Position = start;
        }
    }

    /// <summary>Counts the part's texts (shared strings) or cells (worksheets) and measures every text in it.</summary>
    /// <returns>Whether the part is well-formed XML.</returns>
    private static bool Scan(Stream content, string part, string fileName, DataReadOptions options, ref long cells)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CheckCharacters = false,
            MaxCharactersInDocument = options.MaxInflatedBytes,
        };
        var isSharedStrings = part.EndsWith(SharedStrings, StringComparison.OrdinalIgnoreCase);
        var isWorksheet = part.Contains("worksheets/", StringComparison.OrdinalIgnoreCase);
        var texts = 0L;
        var textLength = 0L;
        var chunk = new char[8192];
        try
        {
            using var xml = XmlReader.Create(content, settings);
            while (xml.Read())
            {
                switch (xml.NodeType)
                {
                    case XmlNodeType.Element when isSharedStrings && xml.LocalName == "si":
                        // A shared text may be split over several runs (<r><t>…</t></r>); its length is theirs together.
                        textLength = 0;
                        if (++texts > options.MaxCells)
                        {
                            throw ReadLimits.TooManyTexts(fileName, options.MaxCells);
                        }

                        break;
                    case XmlNodeType.Element when isWorksheet && xml.LocalName == "c":
                        if (++cells > options.MaxCells)
                        {
                            throw ReadLimits.TooManyCells(new SheetSource(fileName, null), null, options.MaxCells);
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                        textLength = isSharedStrings ? textLength : 0;
                        int read;
                        while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                        {
                            textLength += read;
                            if (textLength > options.MaxCellCharacters)
                            {
                                throw ReadLimits.PartTextTooLong(fileName, part, options.MaxCellCharacters);
                            }
                        }

                        break;
                }
            }
        }
        catch (XmlException)
        {
            // Damaged XML: unless it was cut off at its declared size, ExcelDataReader reports the workbook as damaged.
            return false;
        }

        return true;
    }
}
