namespace ContentKit.Tests.Checks;

/// <summary>
/// A copy of the built-in pengumuman with a spacer as tall as the format, which nothing can shrink, above its footer:
/// the footer is pushed off the canvas in every format, which the design check must reject.
/// </summary>
internal static class PushedFooterTemplate
{
    public static string Create(string parent)
    {
        var folder = Path.Combine(parent, "pengumuman-rusak");
        Directory.CreateDirectory(folder);
        var source = Path.Combine(TestPaths.Templates, "pengumuman");
        File.Copy(Path.Combine(source, "template.json"), Path.Combine(folder, "template.json"), overwrite: true);
        var layout = File.ReadAllText(Path.Combine(source, "layout.sbn"));
        var edited = layout.Replace(
            "  <row background=\"{{ c.primary }}\"",
            "  <spacer height=\"{{ format.height }}\" shrink=\"0\"/>\n  <row background=\"{{ c.primary }}\"",
            StringComparison.Ordinal);
        Assert.NotEqual(layout, edited);
        File.WriteAllText(Path.Combine(folder, "layout.sbn"), edited);
        return folder;
    }
}
