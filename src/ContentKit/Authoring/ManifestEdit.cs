using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContentKit.Authoring;

/// <summary>
/// Changes top-level string values of a <c>template.json</c> in place, so the copy keeps its author's layout, order and
/// comments: only the characters of each changed value are replaced. A key the file lacks is added at the end.
/// </summary>
internal static class ManifestEdit
{
    private static readonly JsonSerializerOptions Strings = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Set(string path, IReadOnlyDictionary<string, string> values)
    {
        var bytes = File.ReadAllBytes(path);
        bytes = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        var spans = new Dictionary<string, (int Start, int Length)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (reader.TokenType == JsonTokenType.String && values.ContainsKey(name))
                {
                    // TokenStartIndex is the opening quote; ValueSpan is what lies between the quotes (escapes as written).
                    spans[name] = ((int)reader.TokenStartIndex, reader.ValueSpan.Length + 2);
                }

                reader.Skip();
            }
        }

        var text = new StringBuilder();
        var at = 0;
        foreach (var (name, (start, length)) in spans.OrderBy(s => s.Value.Start))
        {
            text.Append(Encoding.UTF8.GetString(bytes, at, start - at)).Append(Quote(values[name]));
            at = start + length;
        }

        text.Append(Encoding.UTF8.GetString(bytes, at, bytes.Length - at));
        var missing = string.Concat(values.Where(v => !spans.ContainsKey(v.Key)).Select(v => $",\n  {Quote(v.Key)}: {Quote(v.Value)}"));
        if (missing.Length > 0)
        {
            var end = text.ToString().LastIndexOf('}');
            var last = text.ToString(0, end).TrimEnd().Length;
            text.Insert(last, missing);
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value, Strings);
}
