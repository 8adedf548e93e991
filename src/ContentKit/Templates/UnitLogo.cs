namespace ContentKit.Templates;

/// <summary>A logo a unit.json names: the file, the name as written, and where unit.json names it.</summary>
internal sealed record UnitLogo(string File, string Name, ErrorLocation Location);
