namespace ContentKit.Templates;

/// <summary>
/// The rows one output shows: a single row, all rows, or a group; with its page when the rows continue on
/// more outputs ("1/2", "2/2"), and the whole table or group the page is cut from (for totals and scales).
/// </summary>
/// <param name="Rows">This page's rows, in sheet order (or the manifest's <c>order_by</c>).</param>
/// <param name="Group">The group, for <see cref="Binding.Group"/>; null otherwise.</param>
/// <param name="Page">This output's page, from 1.</param>
/// <param name="Pages">How many pages the rows fill.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record RenderUnit(IReadOnlyList<BoundRow> Rows, RowGroup? Group, int Page, int Pages)
{
    /// <summary>Every row of the table or group this page is cut from, in the same order; the page's rows when not set.</summary>
    public IReadOnlyList<BoundRow> Table { get; init; } = Rows;

    /// <summary>The most rows a page of this table shows in this format (<c>page_size</c>); the page's rows when not set.</summary>
    public int PageSize { get; init; } = Rows.Count;

    /// <summary>The slide this output is, when the template makes carousels (<c>"slides"</c>); null otherwise.</summary>
    public Slide? Slide { get; init; }

    /// <summary>One row on one output.</summary>
    public static RenderUnit Of(BoundRow row) => new([row], null, 1, 1);
}

/// <summary>A group of rows: its key as text (used in file names) and, for date groups, the dates it covers.</summary>
/// <param name="Key">The group's value, e.g. <c>2026-08-17</c> (the Monday of a week) or <c>Kecamatan Sukorejo</c>.</param>
/// <param name="Start">The first day, for groups by week or month.</param>
/// <param name="End">The last day, for groups by week or month.</param>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record RowGroup(string Key, DateTime? Start, DateTime? End);
