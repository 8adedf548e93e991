using System.Text.Json.Serialization;
using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>
/// Source-generated one-line JSON with the default options: the cache journal's lines and the brand kit as the output
/// cache fingerprints it (the same text the reflection-based serializer wrote, so existing caches stay valid).
/// </summary>
[JsonSerializable(typeof(CacheJournal.JournalLine))]
[JsonSerializable(typeof(BrandKit))]
internal sealed partial class LineJsonContext : JsonSerializerContext;
