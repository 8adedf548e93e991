using System.Text;

namespace ContentKit.Data;

/// <summary>
/// Reads RFC 4180 records one at a time from a <see cref="TextReader"/>, so a large file is never held as one string.
/// The delimiter is the most frequent of <c>,</c> <c>;</c> (Indonesian Excel), tab and <c>|</c> outside quotes on the header line.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, string fileName, int maxCellCharacters)
{
    private const string Delimiters = ",;\t|";

    // Enough of a header line to count its delimiters; the rest is parsed as it comes.
    private const int DelimiterSample = 64 * 1024;
    private readonly StringBuilder _field = new();

    // The header text read ahead to detect the delimiter; it is parsed before the rest of the reader.
    private string _pending = string.Empty;
    private int _pendingIndex;
    private char? _delimiter;
    private int _line = 1;

    /// <summary>The number of the last record read, blank lines included: the row number Excel shows for it.</summary>
    public int RecordNumber { get; private set; }

    /// <summary>Reads the next record's cells, untrimmed, into <paramref name="cells"/>.</summary>
    /// <returns><c>false</c> at the end of the text.</returns>
    public bool TryRead(List<string> cells)
    {
        var delimiter = _delimiter ??= DetectDelimiter();
        cells.Clear();
        if (Peek() < 0)
        {
            return false;
        }

        RecordNumber++;
        var quoted = false;
        var fieldStarted = false;
        var quoteLine = 0;
        while (true)
        {
            var c = Next();
            if (quoted)
            {
                if (c < 0)
                {
                    throw UnterminatedQuote(quoteLine);
                }

                if (c == '"')
                {
                    quoted = Peek() == '"';
                    if (quoted)
                    {
                        Append(Next(), cells);
                    }
                }
                else if (IsNewline(c))
                {
                    // Cells hold "\n" whatever the file's line endings are, so values do not change with git's autocrlf.
                    EndLine(c);
                    Append('\n', cells);
                }
                else
                {
                    Append(c, cells);
                }
            }
            else if (c == '"' && !fieldStarted)
            {
                quoted = fieldStarted = true;
                quoteLine = _line;
            }
            else if (c == delimiter)
            {
                EndField(cells);
                fieldStarted = false;
            }
            else if (c < 0 || IsNewline(c))
            {
                EndLine(c);
                EndField(cells);
                return true;
            }
            else
            {
                Append(c, cells);
                fieldStarted = true;
            }
        }
    }

    private char DetectDelimiter()
    {
        var header = new StringBuilder();
        var counts = new int[Delimiters.Length];
        var quoted = false;
        var hasText = false;
        int c;
        while (header.Length < DelimiterSample && (c = reader.Read()) >= 0)
        {
            header.Append((char)c);
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && IsNewline(c) && hasText)
            {
                break;
            }
            else if (!quoted && Delimiters.IndexOf((char)c) is var index and >= 0)
            {
                counts[index]++;
            }

            hasText |= !char.IsWhiteSpace((char)c);
        }

        _pending = header.ToString();
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Delimiters[best];
    }

    /// <summary>Adds a character to the cell being read, which stops the read at the length limit instead of holding a huge cell.</summary>
    private void Append(int c, List<string> cells)
    {
        if (_field.Length == maxCellCharacters)
        {
            throw ReadLimits.CellTooLong(new SheetSource(fileName, null), RecordNumber, cells.Count, maxCellCharacters);
        }

        _field.Append((char)c);
    }

    private void EndField(List<string> cells)
    {
        cells.Add(_field.ToString());
        _field.Clear();
    }

    private void EndLine(int c)
    {
        if (c == '\r' && Peek() == '\n')
        {
            Next();
        }

        _line++;
    }

    private int Next() => _pendingIndex < _pending.Length ? _pending[_pendingIndex++] : reader.Read();

    private int Peek() => _pendingIndex < _pending.Length ? _pending[_pendingIndex] : reader.Peek();

    private static bool IsNewline(int c) => c is '\r' or '\n';

    private ContentKitException UnterminatedQuote(int line) => new(
        Localized.Format(Messages.Csv_UnclosedQuote, RecordNumber),
        new ErrorLocation(fileName, RecordNumber, Line: line));
}
