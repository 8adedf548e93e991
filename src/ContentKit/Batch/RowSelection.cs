using System.Globalization;

namespace ContentKit.Batch;

/// <summary>Spreadsheet row numbers written as <c>2-10,15</c>.</summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed class RowSelection
{
    private readonly List<(int From, int To)> _ranges;

    private RowSelection(List<(int From, int To)> ranges)
    {
        _ranges = ranges;
    }

    /// <summary>Reads ranges and single rows separated by commas.</summary>
    public static RowSelection Parse(string text)
    {
        var ranges = new List<(int, int)>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length is 1 or 2 && ends.All(e => int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1))
            {
                var from = int.Parse(ends[0], CultureInfo.InvariantCulture);
                var to = int.Parse(ends[^1], CultureInfo.InvariantCulture);
                if (from <= to)
                {
                    ranges.Add((from, to));
                    continue;
                }
            }

            throw new ContentKitException(Localized.Format(Messages.Rows_Invalid, text, part));
        }

        return ranges.Count > 0 ? new RowSelection(ranges) : throw new ContentKitException(Messages.Rows_Empty);
    }

    /// <summary>True when the row number is selected.</summary>
    public bool Contains(int row) => _ranges.Any(r => row >= r.From && row <= r.To);
}
