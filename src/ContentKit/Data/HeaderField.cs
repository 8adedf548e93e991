namespace ContentKit.Data;

/// <summary>One value a record holds: which column it comes from, and the key and name it goes by.</summary>
/// <param name="Column">The column's index, from 0.</param>
/// <param name="Key">The key in <see cref="DataRecord.Values"/>.</param>
/// <param name="Name">The name in <see cref="DataSheet.Columns"/>: the header as written, or the mapped field name.</param>
internal readonly record struct HeaderField(int Column, string Key, string Name);
