using System.Text;
using System.Text.Json;

namespace ContentKit.Data;

/// <summary>
/// Reads a JSON array of objects into a <see cref="DataSheet"/>, one object per row. The property names are the
/// columns (see <see cref="JsonColumns"/>) and act as a header in row 1, so the first object is row 2, as it would be
/// in a spreadsheet; a row's problems also give the object's place in the array. Values are text, numbers
/// (<see cref="double"/>), <c>true</c>/<c>false</c> or <c>null</c>; an object or array as a value is a problem of its row.
/// </summary>
internal static class JsonSheetReader
{
    private const int HeaderRowNumber = 1;

    // Examples of the JSON ContentKit reads; code, so the same in every language.
    private const string ArrayExample = "[{\"judul\": \"Rapat\", \"tanggal\": \"2026-08-17\"}, …]";
    private const string WrappedExample = "{\"data\": [...]}";
    private const string ObjectExample = "{\"judul\": \"Rapat\"}";

    // Forgiving of what people add to JSON they write by hand.
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static DataSheet Read(Stream stream, string fileName, DataReadOptions options)
    {
        using var document = Parse(stream, fileName);
        var array = document.RootElement;
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new ContentKitException(
                Localized.Format(Messages.Json_NotArray, Path.GetFileName(fileName), Describe(array.ValueKind), ArrayExample, WrappedExample),
                new ErrorLocation(fileName));
        }

        var source = new SheetSource(fileName, null);
        var columns = new JsonColumns(array, source, options.MaxColumns);
        if (columns.Names.Count == 0)
        {
            throw new ContentKitException(
                Localized.Format(array.GetArrayLength() == 0 ? Messages.Json_EmptyArray : Messages.Json_NoNamedProperties, Path.GetFileName(fileName), ObjectExample),
                new ErrorLocation(fileName));
        }

        var sheet = new SheetBuilder(source, options);
        sheet.Add(HeaderRowNumber, [.. columns.Names]);
        var position = 0;
        foreach (var item in array.EnumerateArray())
        {
            position++;
            var problems = new List<ContentKitException>();
            var cells = Cells(item, columns, HeaderRowNumber + position, position, problems);
            sheet.Add(HeaderRowNumber + position, cells, problems);
        }

        return sheet.Build();
    }

    private static JsonDocument Parse(Stream stream, string fileName)
    {
        try
        {
            // JSON should be UTF-8, and then it is parsed as it stands; files saved as UTF-16 or as Windows "ANSI" are
            // decoded first, the way CSV files are.
            var encoding = TextEncodingDetector.Detect(stream);
            if (encoding.CodePage == Encoding.UTF8.CodePage && !TextEncodingDetector.StartsWithUtf16Mark(stream))
            {
                return JsonDocument.Parse(stream, DocumentOptions);
            }

            using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            return JsonDocument.Parse(reader.ReadToEnd(), DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            throw new ContentKitException(
                Localized.Format(Messages.Json_Invalid, Path.GetFileName(fileName), Reason(ex), line, position),
                new ErrorLocation(fileName, Line: line),
                ex);
        }
    }

    private static object?[] Cells(JsonElement item, JsonColumns columns, int row, int position, List<ContentKitException> problems)
    {
        var cells = new object?[columns.Names.Count];
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(ContentKitException.WithFix(
                Localized.Format(Messages.Json_ItemNotObject, row, position, Describe(item.ValueKind)), Localized.Format(Messages.Json_ItemNotObject_Fix, ObjectExample)));
            return cells;
        }

        var seen = new string?[cells.Length];
        foreach (var property in item.EnumerateObject())
        {
            var value = Value(property, row, position, problems);
            var column = columns.IndexOf(property.Name);
            if (column < 0)
            {
                if (value is not null and not "")
                {
                    problems.Add(ContentKitException.WithFix(Localized.Format(Messages.Json_NamelessProperty, row, position, property.Name), Messages.Json_NamelessProperty_Fix));
                }
            }
            else if (seen[column] is { } first)
            {
                problems.Add(ContentKitException.WithFix(Localized.Format(Messages.Json_SameColumn, row, position, first, property.Name), Messages.Json_SameColumn_Fix));
            }
            else
            {
                seen[column] = property.Name;
                cells[column] = value;
            }
        }

        return cells;
    }

    private static object? Value(JsonProperty property, int row, int position, List<ContentKitException> problems)
    {
        var value = property.Value;
        switch (value.ValueKind)
        {
            case JsonValueKind.String when TryGetString(value, out var text):
                return text;
            case JsonValueKind.Number when value.TryGetDouble(out var number) && double.IsFinite(number):
                return number;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Null:
                return null;
            default:
                var what = value.ValueKind switch
                {
                    JsonValueKind.Number => Messages.Json_HugeNumber,
                    JsonValueKind.String => Messages.Json_BrokenUnicode,
                    _ => Describe(value.ValueKind),
                };
                problems.Add(ContentKitException.WithFix(Localized.Format(Messages.Json_BadValue, row, position, what, property.Name), Messages.Json_BadValue_Fix));
                return null;
        }
    }

    // GetString refuses escapes of half a surrogate pair ("\ud800").
    private static bool TryGetString(JsonElement value, out string? text)
    {
        try
        {
            text = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => Messages.Json_AnObject,
        JsonValueKind.Array => Messages.Json_AnArray,
        JsonValueKind.String => Messages.Json_Text,
        JsonValueKind.Number => Messages.Json_ANumber,
        JsonValueKind.True or JsonValueKind.False => Messages.Json_TrueFalse,
        _ => Messages.Json_Null,
    };

    // System.Text.Json ends its messages with "Path: $[1] | LineNumber: 2 | BytePositionInLine: 5."; the location is ours to give.
    private static string Reason(JsonException ex)
    {
        var message = ex.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message.TrimEnd('.', ' ');
    }
}
