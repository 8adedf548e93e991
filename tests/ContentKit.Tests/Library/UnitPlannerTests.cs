using ContentKit.Templates;

namespace ContentKit.Tests.Library;

/// <summary>How rows become outputs: one per row, all rows, one per group, in pages.</summary>
public sealed class UnitPlannerTests
{
    private static readonly OutputFormat Feed = new("feed", 1080, 1350);
    private static readonly string[] Kecamatan = ["Sukorejo", "Sananwetan", "Sukorejo"];

    [Fact]
    public void A_table_template_makes_one_output_of_every_row()
    {
        var units = Plan(Manifest(Binding.Table), Rows(5)).ToList();

        var unit = Assert.Single(units);
        Assert.Equal([2, 3, 4, 5, 6], unit.Rows.Select(r => r.RowNumber));
        Assert.Equal((1, 1), (unit.Page, unit.Pages));
    }

    [Fact]
    public void Rows_past_the_page_size_continue_on_the_next_page()
    {
        var units = Plan(Manifest(Binding.Table, pageSize: 2), Rows(5)).ToList();

        Assert.Equal([[2, 3], [4, 5], [6]], units.Select(u => u.Rows.Select(r => r.RowNumber).ToArray()));
        Assert.All(units, u => Assert.Equal(3, u.Pages));
        Assert.Equal([1, 2, 3], units.Select(u => u.Page));
    }

    [Theory]
    [InlineData(5, 4, new[] { 3, 2 })]
    [InlineData(6, 4, new[] { 3, 3 })]
    [InlineData(9, 4, new[] { 3, 3, 3 })]
    [InlineData(7, 6, new[] { 4, 3 })]
    [InlineData(13, 6, new[] { 5, 4, 4 })]
    public void Rows_are_shared_evenly_over_the_fewest_pages(int rows, int pageSize, int[] expected)
    {
        var units = Plan(Manifest(Binding.Table, pageSize: pageSize), Rows(rows)).ToList();

        Assert.Equal(expected, units.Select(u => u.Rows.Count));
        Assert.Equal(Enumerable.Range(2, rows), units.SelectMany(u => u.Rows).Select(r => r.RowNumber));
        Assert.All(units, u => Assert.Equal(pageSize, u.PageSize));
    }

    [Fact]
    public void Pages_share_the_rows_evenly_so_no_page_is_left_nearly_empty()
    {
        var units = Plan(Manifest(Binding.Table, pageSize: 4), Rows(5)).ToList();

        // Five rows of four a page are 3 + 2, never 4 + 1; the page size stays the most a page shows.
        Assert.Equal([[2, 3, 4], [5, 6]], units.Select(u => u.Rows.Select(r => r.RowNumber).ToArray()));
        Assert.All(units, u => Assert.Equal(4, u.PageSize));
        Assert.Equal([[2, 3, 4, 5], [6, 7, 8, 9], [10, 11, 12]], Plan(Manifest(Binding.Table, pageSize: 4), Rows(11)).Select(u => u.Rows.Select(r => r.RowNumber).ToArray()));
    }

    [Fact]
    public void A_table_carousel_is_a_cover_a_slide_per_balanced_page_and_a_closing_slide()
    {
        var manifest = Manifest(Binding.Table, pageSize: 3) with { Slides = new SlideSet { Rows = true } };

        var units = Plan(manifest, Rows(7)).ToList();

        Assert.Equal(["Cover", "Content", "Content", "Content", "Closing"], units.Select(u => u.Slide!.Kind.ToString()));
        Assert.Equal([1, 2, 3, 4, 5], units.Select(u => u.Slide!.Number));
        Assert.All(units, u => Assert.Equal(5, u.Slide!.Count));
        Assert.Equal([[2, 3, 4], [5, 6], [7, 8]], units.Skip(1).Take(3).Select(u => u.Rows.Select(r => r.RowNumber).ToArray()));
        Assert.Equal([1, 2, 3], units.Skip(1).Take(3).Select(u => u.Slide!.Item));
        // Cover and closing show the whole table.
        Assert.Equal(7, units[0].Rows.Count);
        Assert.Equal(7, units[^1].Rows.Count);
    }

    [Fact]
    public void Only_the_formats_a_slide_set_names_are_carousels()
    {
        var manifest = Manifest(Binding.Table, pageSize: 3) with { Slides = new SlideSet { Rows = true, Formats = ["carousel"] } };

        var units = Plan(manifest, Rows(7)).ToList();

        Assert.Equal(3, units.Count);
        Assert.All(units, u => Assert.Null(u.Slide));
    }

    [Fact]
    public void A_group_by_week_makes_one_output_per_monday_to_sunday_week()
    {
        var dates = new[] { new DateTime(2026, 8, 17), new DateTime(2026, 8, 23), new DateTime(2026, 8, 24), new DateTime(2026, 8, 20) };
        var rows = dates.Select((d, i) => Row(i + 2, ("tanggal", d))).ToList();

        var units = Plan(Manifest(Binding.Group, groupBy: "tanggal:week"), rows).ToList();

        Assert.Equal(["2026-08-17", "2026-08-24"], units.Select(u => u.Group!.Key));
        Assert.Equal([2, 3, 5], units[0].Rows.Select(r => r.RowNumber));
        Assert.Equal((new DateTime(2026, 8, 17), new DateTime(2026, 8, 23)), (units[0].Group!.Start, units[0].Group!.End));
    }

    [Fact]
    public void A_group_by_text_keeps_the_order_of_each_group_s_first_row()
    {
        var rows = Kecamatan.Select((k, i) => Row(i + 2, ("kecamatan", k))).ToList();

        var units = Plan(Manifest(Binding.Group, groupBy: "kecamatan"), rows).ToList();

        Assert.Equal(["Sukorejo", "Sananwetan"], units.Select(u => u.Group!.Key));
        Assert.Equal([2, 4], units[0].Rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void A_group_by_naming_no_field_is_a_manifest_error()
    {
        var folder = new Templates.TemplateFolder("<column/>", """
            { "id": "uji", "title": "Uji", "binding": "group", "group_by": "minggu",
              "formats": [ { "name": "feed", "width": 200, "height": 250 } ], "fields": [ { "name": "tanggal", "type": "date" } ] }
            """);

        var error = Assert.Throws<ContentKitException>(folder.Load);

        Assert.Contains("group_by", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Slides_from_rows_on_a_row_binding_are_a_manifest_error()
    {
        var folder = new Templates.TemplateFolder("<column/>", """
            { "id": "uji", "title": "Uji", "slides": { "rows": true },
              "formats": [ { "name": "feed", "width": 200, "height": 250 } ], "fields": [ { "name": "judul", "type": "text" } ] }
            """);

        var error = Assert.Throws<ContentKitException>(folder.Load);

        Assert.Contains("\"rows\": true", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<RenderUnit> Plan(TemplateManifest manifest, IReadOnlyList<BoundRow> rows) => UnitPlanner.Plan(manifest, rows, Feed);

    private static TemplateManifest Manifest(Binding binding, int? pageSize = null, string? groupBy = null) => new()
    {
        Id = "uji",
        Title = "Uji",
        Binding = binding,
        GroupBy = groupBy,
        PageSize = pageSize is { } size ? new Dictionary<string, int> { ["feed"] = size } : null,
        Formats = [Feed],
        Fields = [new FieldDefinition { Name = "tanggal", Type = FieldType.Date }, new FieldDefinition { Name = "kecamatan" }],
    };

    private static List<BoundRow> Rows(int count) => [.. Enumerable.Range(2, count).Select(n => Row(n, ("kecamatan", $"K{n}")))];

    private static BoundRow Row(int number, params (string Key, object? Value)[] values) =>
        new(number, values.ToDictionary(v => v.Key, v => v.Value), []);
}
