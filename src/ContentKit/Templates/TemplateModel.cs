using Scriban.Runtime;

namespace ContentKit.Templates;

/// <summary>
/// Builds the explicit model a layout file sees: <c>row</c>, <c>brand</c>, <c>format</c>, <c>job</c>
/// and the content functions. No .NET object is exposed by reflection; unknown members are errors.
/// </summary>
internal static class TemplateModel
{
    public static ScriptObject Build(RenderUnit unit, BrandKit brand, string logo, string? logoOnDark, OutputFormat format, IReadOnlyDictionary<string, string> job)
    {
        var model = new ScriptObject();
        model.Import(Functions.ContentFunctions.Create());
        model.SetValue("include", new IncludedMarkup(), readOnly: true);
        var rows = new ScriptArray(unit.Rows.Select(Row));
        model.SetValue("row", rows.Count > 0 ? rows[0] : Strict("row"), readOnly: true);
        model.SetValue("rows", rows, readOnly: true);
        model.SetValue("page", Strict("page", ("number", unit.Page), ("count", unit.Pages), ("label", unit.Pages > 1 ? $"{unit.Page}/{unit.Pages}" : "")), readOnly: true);
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
            ("min_text", brand.MinTextSize.TryGetValue(format.Name, out var min) ? min : 0)), readOnly: true);
        model.SetValue("job", Strict("job", job.Select(kv => (kv.Key, (object?)kv.Value)).Append(("row_number", unit.Rows.Count > 0 ? unit.Rows[0].RowNumber : 0))), readOnly: true);
        return model;
    }

    private static StrictScriptObject Row(BoundRow row) =>
        Strict("row", row.Values.Select(kv => (kv.Key, kv.Value is string[] list ? (object?)new ScriptArray(list) : kv.Value)));

    private static StrictScriptObject BrandObject(BrandKit brand, string logo, string? logoOnDark) => Strict(
        "brand",
        ("id", brand.Id),
        ("name", brand.Name),
        ("unit", brand.Unit),
        ("website", brand.Website),
        ("social", new ScriptArray(brand.Social)),
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
