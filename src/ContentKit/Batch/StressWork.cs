using ContentKit.Templates;

namespace ContentKit.Batch;

/// <summary>One image a stress check renders: the case (numbered from 1), its format and unit, or why it cannot render.</summary>
internal sealed record StressWork(int Number, string Case, OutputFormat Format, RenderUnit? Unit, IReadOnlyList<string> Errors);
