using System.Text.Json;

namespace ContentKit.Data;

/// <summary>
/// The columns of a JSON array of objects: every object's property names, in the order they are first seen.
/// Names that mean the same <see cref="ColumnKey"/> (<c>Judul</c>, <c>judul</c>) are one column, named as first seen;
/// names without letters or digits are not columns.
/// </summary>
internal sealed class JsonColumns
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    /// <exception cref="ContentKitException">There are more than <paramref name="maxColumns"/> columns.</exception>
    public JsonColumns(JsonElement array, SheetSource source, int maxColumns)
    {
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var property in item.EnumerateObject())
            {
                var key = ColumnKey.Normalize(property.Name);
                if (key.Length > 0 && _indexes.TryAdd(key, _names.Count))
                {
                    // Every row holds a cell per column: a property name per object would make rows × names cells.
                    if (_names.Count == maxColumns)
                    {
                        throw ReadLimits.TooManyColumns(source, null, maxColumns);
                    }

                    _names.Add(property.Name);
                }
            }
        }
    }

    /// <summary>The property names as first written, in column order: the sheet's header row.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The column a property name belongs to; -1 when it has no letters or digits.</summary>
    public int IndexOf(string propertyName) => _indexes.GetValueOrDefault(ColumnKey.Normalize(propertyName), -1);
}
