using System.Text.Json.Serialization;

namespace ContentKit.Templates;

/// <summary>
/// Source-generated JSON for <c>template.json</c> and <c>brand.json</c>: reading them costs no reflection and no
/// emitted code at start-up. The options (snake_case, unknown keys rejected) are <see cref="JsonFile"/>'s.
/// </summary>
[JsonSerializable(typeof(TemplateManifest))]
[JsonSerializable(typeof(BrandKit))]
internal sealed partial class TemplateJsonContext : JsonSerializerContext;
