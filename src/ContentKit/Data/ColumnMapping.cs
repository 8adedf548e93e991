namespace ContentKit.Data;

/// <summary>Applies <see cref="DataReadOptions.ColumnMap"/> to a header row: which columns a record holds, under which keys.</summary>
internal static class ColumnMapping
{
    /// <param name="source">The file, for errors.</param>
    /// <param name="headerRow">The header's row number, for errors.</param>
    /// <param name="names">Each column's header as written; <c>null</c> where blank.</param>
    /// <param name="keys">Each column's <see cref="ColumnKey"/>; empty where the header is blank. No two are equal.</param>
    /// <param name="map">Field name → header as written.</param>
    /// <returns>The record's fields in column order; a column mapped to several fields appears once for each.</returns>
    public static IReadOnlyList<HeaderField> Apply(
        SheetSource source, int headerRow, string?[] names, string[] keys, IReadOnlyDictionary<string, string>? map)
    {
        var mappedColumns = new Dictionary<string, int>(StringComparer.Ordinal);
        var mappedFields = new List<HeaderField>();
        foreach (var (field, header) in map ?? new Dictionary<string, string>())
        {
            var fieldKey = ColumnKey.Normalize(field);
            if (fieldKey.Length == 0)
            {
                throw new ContentKitException(
                    Localized.Format(Messages.Map_FieldWithoutLetters, field),
                    new ErrorLocation(source.FileName));
            }

            var headerKey = ColumnKey.Normalize(header ?? string.Empty);
            var column = headerKey.Length == 0 ? -1 : Array.IndexOf(keys, headerKey);
            if (column < 0)
            {
                throw new ContentKitException(
                    Localized.Format(
                        Messages.Map_NoSuchColumn, field, header, source, string.Join(", ", names.Where(name => name is not null && ColumnKey.Normalize(name).Length > 0))),
                    new ErrorLocation(source.FileName, headerRow, header));
            }

            if (mappedColumns.TryGetValue(fieldKey, out var other) && other != column)
            {
                throw new ContentKitException(
                    Localized.Format(Messages.Map_TwoColumns, fieldKey, names[other], names[column]),
                    new ErrorLocation(source.FileName, headerRow, header));
            }

            if (mappedColumns.TryAdd(fieldKey, column))
            {
                mappedFields.Add(new HeaderField(column, fieldKey, field.Trim()));
            }
        }

        var fields = new List<HeaderField>(keys.Length + mappedFields.Count);
        for (var column = 0; column < keys.Length; column++)
        {
            var mapped = mappedFields.FindAll(field => field.Column == column);
            if (mapped.Count > 0)
            {
                fields.AddRange(mapped);
            }
            else if (keys[column].Length > 0 && !mappedColumns.ContainsKey(keys[column]))
            {
                fields.Add(new HeaderField(column, keys[column], names[column]!));
            }
        }

        return fields;
    }
}
