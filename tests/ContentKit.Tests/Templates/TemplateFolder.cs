using ContentKit.Templates;

namespace ContentKit.Tests.Templates;

/// <summary>A throw-away template pack in a temp folder, rendered with the real brand kit and fonts.</summary>
internal sealed class TemplateFolder
{
    public const string Manifest = """
        {
          "id": "uji",
          "title": "Uji",
          "formats": [ { "name": "feed", "width": 200, "height": 250 } ],
          "fields": [
            { "name": "judul", "type": "text", "required": true, "max_length": 40 },
            { "name": "tanggal", "type": "date" },
            { "name": "jumlah", "type": "number" }
          ]
        }
        """;

    public TemplateFolder(string layout, string manifest = Manifest)
    {
        Folder = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(Folder, "template.json"), manifest);
        File.WriteAllText(Path.Combine(Folder, "layout.sbn"), layout);
    }

    public string Folder { get; }

    public static TemplateLibrary Library { get; } = new(TestPaths.Templates);

    public Template Load() => Library.Load(Folder);

    /// <summary>The markup for one row of values (keys are field names).</summary>
    public string Markup(IReadOnlyDictionary<string, object?> values, IReadOnlyDictionary<string, string>? job = null)
    {
        using var renderer = new Renderer(Library, Load(), new RenderOptions { Values = job ?? new Dictionary<string, string>() });
        var row = renderer.Bind(values);
        Assert.True(row.IsValid, string.Join("; ", row.Errors));
        return renderer.RenderMarkup(row, renderer.Template.Format("feed"));
    }

    /// <summary>Renders one row to PNG bytes.</summary>
    public byte[] Png(IReadOnlyDictionary<string, object?> values)
    {
        using var renderer = new Renderer(Library, Load());
        var row = renderer.Bind(values);
        using var stream = new MemoryStream();
        renderer.Render(row, renderer.Template.Format("feed"), Output.OutputType.Png, stream);
        return stream.ToArray();
    }
}
