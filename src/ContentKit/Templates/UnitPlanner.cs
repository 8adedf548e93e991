using System.Globalization;

namespace ContentKit.Templates;

/// <summary>
/// Splits valid rows into the outputs of one format, as the manifest's binding says: one per row, all rows
/// together, or one per <c>group_by</c> value (<c>field</c>, or <c>field:week</c> / <c>field:month</c> for dates);
/// sorted by <c>order_by</c>; then into pages of at most <c>page_size</c> rows for that format, each page knowing the whole
/// table or group it was cut from. The rows are shared evenly over the fewest pages that hold them (five rows at four a page
/// make 3 + 2, never 4 + 1), so no page of a series stands half empty beside a full one. Groups keep the order of their first row. A carousel template (<c>"slides"</c>) makes each
/// row's slides, in order.
/// </summary>
internal static class UnitPlanner
{
    public static IEnumerable<RenderUnit> Plan(TemplateManifest manifest, IReadOnlyList<BoundRow> rows, OutputFormat format)
    {
        if (manifest.Binding == Binding.Row)
        {
            return manifest.Slides is { } slides
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
            var pages = Math.Max(1, (int)Math.Ceiling(table.Count / (double)pageSize));
            // The first (count mod pages) pages take one row more than the rest.
            var (share, extra) = (table.Count / pages, table.Count % pages);
            return Enumerable.Range(0, pages).Select(page =>
                new RenderUnit(table.Skip(page * share + Math.Min(page, extra)).Take(share + (page < extra ? 1 : 0)).ToList(), group.Group, page + 1, pages)
                {
                    Table = table,
                    PageSize = Math.Min(pageSize, table.Count),
                });
        });
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
