using ContentKit.Data;

namespace ContentKit.Batch;

/// <summary>One case of a stress set: its name for people (<c>judul: long (400 characters)</c>) and the sheet it renders.</summary>
/// <param name="Name">What the case stresses, in the UI language.</param>
/// <param name="Sheet">The rows, built in memory: one for a template bound per row, the whole table otherwise.</param>
internal sealed record StressCase(string Name, DataSheet Sheet);
