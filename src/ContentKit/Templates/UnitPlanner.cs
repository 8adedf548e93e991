using System.Globalization;

namespace ContentKit.Templates;

/// <summary>
/// Splits valid rows into the outputs of one format, as the manifest's binding says: one per row, all rows
/// together, or one per <c>group_by</c> value (<c>field</c>, or <c>field:week</c> / <c>field:month</c> for dates);
/// sorted by <c>order_by</c>; then into pages of <c>page_size</c> rows for that format, each page knowing the whole
/// table or group it was cut from, the pages as even as they can be (five rows at four a page make 3 + 2, never 4 + 1). Groups keep the order of their first row. In a carousel
/// format (<c>"slides"</c>) each row, or each table or group, makes its slides in order: cover, content, closing.
/// </summary>
internal static class UnitPlanner
{
    public static IEnumerable<RenderUnit> Plan(TemplateManifest manifest, IReadOnlyList<BoundRow> rows, OutputFormat format)
    {
        var slides = manifest.Slides is { } set && set.Covers(format.Name) ? set : null;
        if (manifest.Binding == Binding.Row)
        {
            return slides is not null
                ? rows.SelectMany(row => slides.Of(row).Select(slide => RenderUnit.Of(row) with { Slide = slide }))
                : rows.Select(RenderUnit.Of);
        }

        var groups = manifest.Binding == Binding.Group
            ? rows.GroupBy(row => GroupOf(manifest.GroupBy!, row)).Select(g => (Group: (RowGroup?)g.Key, Rows: g.ToList()))
            : rows.Count > 0 ? [(Group: (RowGroup?)null, Rows: rows.ToList())] : [];
        var pageSize = manifest.PageSize?.GetValueOrDefault(format.Name) ?? int.MaxValue;
        return groups.SelectMany(group =>
        {
            var table = Ordered(manifest.OrderBy, group.Rows);
            var pages = Pages(table, pageSize, slides is null ? int.MaxValue : SlideSet.MaxSlides - 2);
            var units = pages.Select((page, i) => new RenderUnit(page, group.Group, i + 1, pages.Count)
            {
                Table = table,
                PageSize = Math.Min(pageSize, table.Count),
            });
            return slides is null ? units : TableSeries(table, group.Group, units.ToList());
        });
    }

    /// <summary>
    /// The table cut into as few pages of at most <paramref name="pageSize"/> rows as it needs (never more than
    /// <paramref name="most"/>), their lengths differing by one at most: five rows of four a page are 3 + 2, not 4 + 1.
    /// </summary>
    private static List<List<BoundRow>> Pages(List<BoundRow> table, int pageSize, int most)
    {
        var count = Math.Clamp((int)Math.Ceiling(table.Count / (double)pageSize), 1, most);
        var (size, longer) = (table.Count / count, table.Count % count);
        var pages = new List<List<BoundRow>>(count);
        for (int page = 0, start = 0; page < count; page++)
        {
            var length = size + (page < longer ? 1 : 0);
            pages.Add(table.GetRange(start, length));
            start += length;
        }

        return pages;
    }

    /// <summary>A carousel of a table: a cover and a closing slide showing every row, and one content slide per page between them.</summary>
    private static IEnumerable<RenderUnit> TableSeries(List<BoundRow> table, RowGroup? group, List<RenderUnit> pages)
    {
        var series = SlideSet.Series(pages.Count, (number, count, i) => new Slide(number, count, SlideKind.Content, i + 1, null));
        var whole = new RenderUnit(table, group, 1, 1) { Table = table, PageSize = pages[0].PageSize };
        return series.Select(slide => slide.Kind == SlideKind.Content ? pages[slide.Item - 1] with { Slide = slide } : whole with { Slide = slide });
    }

    /// <summary>The rows sorted by <c>field</c> or <c>field:desc</c> (stable: equal values keep sheet order; empty values last).</summary>
    private static List<BoundRow> Ordered(string? orderBy, List<BoundRow> rows)
    {
        if (orderBy is null)
        {
            return rows;
        }

        var (field, descending) = orderBy.Split(':') is [var f, var direction] ? (f, direction == "desc") : (orderBy, false);
        var filled = rows.Where(r => r.Values.GetValueOrDefault(field) is not null);
        var sorted = descending
            ? filled.OrderByDescending(r => r.Values[field], SortKey.Instance)
            : filled.OrderBy(r => r.Values[field], SortKey.Instance);
        return [.. sorted, .. rows.Where(r => r.Values.GetValueOrDefault(field) is null)];
    }

    private static RowGroup GroupOf(string groupBy, BoundRow row)
    {
        var (field, period) = groupBy.Split(':') is [var f, var p] ? (f, p) : (groupBy, "");
        var value = row.Values.GetValueOrDefault(field);
        if (value is DateTime date && period is "week" or "month")
        {
            var start = period == "week"
                ? date.Date.AddDays(-(((int)date.DayOfWeek + 6) % 7))
                : new DateTime(date.Year, date.Month, 1);
            var end = period == "week" ? start.AddDays(6) : start.AddMonths(1).AddDays(-1);
            return new RowGroup(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), start, end);
        }

        return new RowGroup(value switch
        {
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double n => n.ToString(CultureInfo.InvariantCulture),
            null => "",
            _ => value.ToString() ?? "",
        }, null, null);
    }
}
