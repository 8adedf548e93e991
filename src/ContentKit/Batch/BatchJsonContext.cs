using System.Text.Json.Serialization;

namespace ContentKit.Batch;

/// <summary>Source-generated JSON for the batch's own small files, so reading them costs no reflection at start-up.</summary>
[JsonSerializable(typeof(Dictionary<string, FolderEntry>))]
[JsonSerializable(typeof(Dictionary<string, CacheEntry>))]
[JsonSerializable(typeof(SortedDictionary<string, CacheEntry>))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class BatchJsonContext : JsonSerializerContext;
