using System.Text.Json.Serialization;

namespace ContentKit.Batch;

/// <summary>Source-generated JSON for <c>report.json</c> and <c>check --json</c>; <see cref="ReportJson"/> gives the options.</summary>
[JsonSerializable(typeof(ReportJson.Written))]
[JsonSerializable(typeof(StressReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
