using Scriban.Runtime;

namespace ContentKit.Templates;

/// <summary>
/// Builds the explicit model a layout file sees: <c>row</c>, <c>rows</c> (the whole table or group),
/// <c>table</c> (its count, sums and extremes), <c>page</c> (this output's rows and place among the pages),
/// <c>group</c>, <c>slide</c> (a carousel's slide), <c>brand</c>, <c>format</c>, <c>job</c> and the content functions. No .NET object is exposed
/// by reflection; unknown members are errors. docs/markup.md lists every member.
/// </summary>
internal static class TemplateModel
{
    public static ScriptObject Build(RenderUnit unit, BrandKit brand, string logo, string? logoOnDark, OutputFormat format, IReadOnlyDictionary<string, string> job)
    {
        var model = new ScriptObject();
        model.Import(Functions.ContentFunctions.Create());
        model.SetValue("include", new IncludedMarkup(), readOnly: true);
        // The page's rows are the table's own row objects, so `page.rows[0] == rows[page.first - 1]`.
        var rows = unit.Table.Select(Row).ToList();
        var position = unit.Table.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, (IEqualityComparer<BoundRow>)ReferenceEqualityComparer.Instance);
        var pageRows = new ScriptArray(unit.Rows.Select(r => position.TryGetValue(r, out var i) ? rows[i] : Row(r)));
        var numbers = unit.Table.SelectMany(r => r.Values).Where(kv => kv.Value is double).Select(kv => kv.Key).Distinct().Order(StringComparer.Ordinal).ToList();
        model.SetValue("row", pageRows.Count > 0 ? pageRows[0] : Strict("row"), readOnly: true);
        model.SetValue("rows", new ScriptArray(rows), readOnly: true);
        model.SetValue("table", Figures("table", unit.Table, numbers, ("count", unit.Table.Count)), readOnly: true);
        model.SetValue("page", Figures(
            "page",
            unit.Rows,
            numbers,
            ("number", unit.Page),
            ("count", unit.Pages),
            ("label", unit.Pages > 1 ? $"{unit.Page}/{unit.Pages}" : ""),
            ("rows", pageRows),
            ("size", unit.PageSize),
            ("first", unit.Rows.Count > 0 ? position.GetValueOrDefault(unit.Rows[0]) + 1 : 0),
            ("last", unit.Rows.Count > 0 ? position.GetValueOrDefault(unit.Rows[^1]) + 1 : 0)), readOnly: true);
        // Outputs that are not slides read as a series of one, so a layout can ask slide.kind wherever it is rendered.
        var slide = unit.Slide;
        model.SetValue("slide", Strict(
            "slide",
            ("number", slide?.Number ?? 1),
            ("count", slide?.Count ?? 1),
            ("kind", slide?.Kind.ToString().ToLowerInvariant() ?? "single"),
            ("label", slide is null ? "" : $"{slide.Number}/{slide.Count}"),
            ("item", slide?.Item ?? 0),
            ("items", slide is null ? 0 : slide.Count - 2),
            ("text", slide?.Text),
            ("section", slide?.Section),
            ("sections", new ScriptArray(slide?.Sections ?? []))), readOnly: true);
        model.SetValue("group", Strict("group", ("key", unit.Group?.Key), ("start", unit.Group?.Start), ("end", unit.Group?.End)), readOnly: true);
        model.SetValue("brand", BrandObject(brand, logo, logoOnDark), readOnly: true);
        model.SetValue("format", Strict(
            "format",
            ("name", format.Name),
            ("width", format.Width),
            ("height", format.Height),
            ("is_square", format.Width == format.Height),
            ("is_landscape", format.Width > format.Height),
            ("is_tall", format.AspectRatio < 0.7),
            // Where the platform's own interface covers the picture, and the brand's smallest readable text: layouts
            // keep text out of the first and at least as large as the second, so the design check passes.
            ("safe_top", format.Unsafe?.Top ?? 0),
            ("safe_bottom", format.Unsafe?.Bottom ?? 0),
            ("safe_left", format.Unsafe?.Left ?? 0),
            ("safe_right", format.Unsafe?.Right ?? 0),
            // A paper size: its resolution and pixels per millimetre, so a print layout sets its margins in millimetres.
            ("is_print", format.IsPrint),
            ("dpi", format.Dpi ?? 0),
            ("mm", format.IsPrint ? format.Dpi!.Value / 25.4 : 0),
            ("min_text", brand.MinTextSize.TryGetValue(format.Name, out var min) ? min : 0)), readOnly: true);
        model.SetValue("job", Strict("job", job.Select(kv => (kv.Key, (object?)kv.Value)).Append(("row_number", unit.Rows.Count > 0 ? unit.Rows[0].RowNumber : 0))), readOnly: true);
        return model;
    }

    /// <summary>
    /// <paramref name="members"/> plus <c>sum</c>, <c>max</c> and <c>min</c> of each of the table's number fields over
    /// <paramref name="rows"/> (empty cells left out: a sum of none is 0, a max or min of none is null).
    /// </summary>
    private static StrictScriptObject Figures(string name, IReadOnlyList<BoundRow> rows, List<string> numbers, params (string Key, object? Value)[] members)
    {
        List<double> Values(string field) => [.. rows.Select(r => r.Values.GetValueOrDefault(field)).OfType<double>()];
        object? Extreme(string field, Func<List<double>, double> pick) => Values(field) is { Count: > 0 } values ? pick(values) : null;
        return Strict(name, members.Concat(
        [
            ("sum", Strict($"{name}.sum", numbers.Select(f => (f, (object?)Values(f).Sum())))),
            ("max", Strict($"{name}.max", numbers.Select(f => (f, Extreme(f, v => v.Max()))))),
            ("min", Strict($"{name}.min", numbers.Select(f => (f, Extreme(f, v => v.Min()))))),
        ]));
    }

    private static StrictScriptObject Row(BoundRow row)
    {
        var result = new StrictScriptObject("row", isRow: true);
        foreach (var (key, value) in row.Values)
        {
            result.SetValue(key, value is string[] list ? new ScriptArray(list) : value, readOnly: true);
        }

        return result;
    }

    private static StrictScriptObject BrandObject(BrandKit brand, string logo, string? logoOnDark) => Strict(
        "brand",
        ("id", brand.Id),
        ("name", brand.Name),
        ("unit", brand.Unit),
        ("website", brand.Website),
        ("social", new ScriptArray(brand.Social)),
        ("hashtags", new ScriptArray(brand.Hashtags)),
        ("logo", logo),
        ("logo_on_dark", logoOnDark ?? logo),
        ("colors", Strict("brand.colors", brand.Colors.Select(kv => (kv.Key, (object?)kv.Value)))),
        ("fonts", Strict("brand.fonts", brand.Fonts.Select(kv => (kv.Key, (object?)kv.Value)))));

    private static StrictScriptObject Strict(string name, params (string Key, object? Value)[] members) => Strict(name, members.AsEnumerable());

    private static StrictScriptObject Strict(string name, IEnumerable<(string Key, object? Value)> members)
    {
        var result = new StrictScriptObject(name);
        foreach (var (key, value) in members)
        {
            result.SetValue(key, value, readOnly: true);
        }

        return result;
    }
}
