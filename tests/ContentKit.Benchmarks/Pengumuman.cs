using ContentKit.Data;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Benchmarks;

/// <summary>
/// The <c>pengumuman</c> template from the repository's templates/ folder, ready to render rows of
/// samples/pengumuman.csv in the <c>feed</c> format (1080×1350), the way <c>contentkit render</c> sets it up.
/// </summary>
internal sealed class Pengumuman : IDisposable
{
    private readonly DataSheet _sheet;

    public Pengumuman()
    {
        var library = new TemplateLibrary(RepoPaths.Templates);
        var template = library.Load("pengumuman");
        _sheet = DataReader.Read(Path.Combine(RepoPaths.Samples, "pengumuman.csv"));
        Renderer = new Renderer(library, template, new RenderOptions { DataFolder = RepoPaths.Samples });
        Feed = template.Format("feed");
    }

    public Renderer Renderer { get; }

    public OutputFormat Feed { get; }

    /// <summary>Binds a sample row; binding decodes its photo, so the first render does not pay for that.</summary>
    public BoundRow Bind(SampleRow row)
    {
        var record = _sheet.Rows[row switch
        {
            SampleRow.Photo => 0,
            SampleRow.TextOnly => 1,
            _ => throw new ArgumentOutOfRangeException(nameof(row), row, null),
        }];
        var bound = Renderer.Bind(record, Path.GetFileName(_sheet.SourcePath));
        if (!bound.IsValid)
        {
            throw bound.Errors[0];
        }

        var hasPhoto = bound.Values.GetValueOrDefault("foto") is string;
        if (hasPhoto != (row == SampleRow.Photo))
        {
            throw new InvalidOperationException($"samples/pengumuman.csv row {bound.RowNumber} no longer matches SampleRow.{row}; update Pengumuman.Bind.");
        }

        return bound;
    }

    /// <summary>Renders a row once and returns the encoded file.</summary>
    public byte[] RenderToBytes(BoundRow row, OutputType type)
    {
        using var stream = new MemoryStream();
        Renderer.Render(row, Feed, type, stream);
        return stream.ToArray();
    }

    public void Dispose() => Renderer.Dispose();
}
