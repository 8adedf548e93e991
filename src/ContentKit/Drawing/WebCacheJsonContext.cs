using System.Text.Json.Serialization;

namespace ContentKit.Drawing;

/// <summary>Source-generated JSON for the web photo cache's records.</summary>
[JsonSerializable(typeof(WebCacheEntry))]
internal sealed partial class WebCacheJsonContext : JsonSerializerContext;
