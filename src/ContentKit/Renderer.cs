using System.Drawing;
using ContentKit.Data;
using ContentKit.Drawing;
using ContentKit.Layout;
using ContentKit.Layout.Markup;
using ContentKit.Output;
using ContentKit.Templates;
using ContentKit.Text;
using SkiaSharp;

namespace ContentKit;

/// <summary>
/// Renders rows of data with one template and brand: row → model → Scriban → markup → layout → paint → encode.
/// Thread-safe: one renderer serves a whole batch in parallel, sharing fonts, shaped text and decoded images.
/// </summary>
public sealed partial class Renderer : IDisposable
{
    /// <summary>The root a unit's logos resolve in, as <c>unit:logo.png</c>.</summary>
    private const string UnitScheme = "unit";

    private readonly RowBinder _binder;
    private readonly FontSet _fonts;
    private readonly TextEngine _text;
    private readonly ImageStore _images;
    private readonly Drawing.Icons.IconLibrary _icons;
    private readonly Painter _painter;
    private readonly string _logo;
    private readonly string? _logoOnDark;
    private readonly Dictionary<string, string> _values;
    private readonly AssetResolver _resolver;
    private readonly WebImages? _web;
    private int _layouts;

    /// <summary>Creates a renderer for <paramref name="template"/>, with fonts from the brand kit and the library.</summary>
    public Renderer(TemplateLibrary library, Template template, RenderOptions? options = null)
    {
        Template = template;
        Options = options ?? new RenderOptions();
        var kit = Options.Brand ?? library.LoadBrand(template.Manifest.Brand);
        Brand = Options.Unit?.Over(kit) ?? kit;
        _web = Options.Network is { } network ? new WebImages(network) : null;
        _binder = new RowBinder(template.Manifest, Options.Culture, Options.DataFolder, _web is null ? null : _web.Fetch);
        _values = template.Manifest.Values.Concat(Options.Values).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        if (_values.TryGetValue(TodayValue, out var today) && string.IsNullOrWhiteSpace(today))
        {
            // Read once, so every output of a batch counts from the same day even when it runs past midnight.
            _values[TodayValue] = Options.Clock.GetLocalNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        MusicFolder = Path.Combine(library.Root, "music");
        _resolver = new AssetResolver(template.Folder).WithRoot("brand", Brand.Folder).WithRoot("music", MusicFolder);
        FontFolders = [Path.Combine(Brand.Folder, "fonts"), library.FontsFolder];
        if (Options.DataFolder is { } data)
        {
            _resolver.WithRoot(RowBinder.DataScheme, data);
        }

        if (_web is not null)
        {
            _resolver.WithRoot(WebImages.Scheme, _web.CacheFolder);
        }

        CheckUnitLogos(Options.Unit);
        (_logo, _logoOnDark) = Logos(Brand, Options.Unit, _resolver);
        _fonts = FontSet.Load(FontFolders);
        _text = new TextEngine(_fonts, Brand.Fonts["body"]);
        _images = new ImageStore(_resolver, Options.ImageLimits);
        IconsFolder = Path.Combine(library.Root, "icons");
        _icons = new Drawing.Icons.IconLibrary(IconsFolder);
        _painter = new Painter(_images, _icons);
        (_printImages, _printPainter) = PrintTools(template, _resolver, Options.ImageLimits, _icons);
    }

    /// <summary>
    /// The template value that stands for today's date (<c>yyyy-MM-dd</c>): a manifest that declares it empty gets the
    /// date of <see cref="RenderOptions.Clock"/>; <c>--set hari_ini=2026-08-10</c> gives a fixed one.
    /// </summary>
    internal const string TodayValue = "hari_ini";

    /// <summary>The template.</summary>
    public Template Template { get; }

    /// <summary>The template values the layout sees as <c>job</c>: the manifest's, overridden by the options', with <c>hari_ini</c> filled in.</summary>
    internal IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The brand in use.</summary>
    public BrandKit Brand { get; }

    /// <summary>The options in use.</summary>
    public RenderOptions Options { get; }

    /// <summary>The folder of the bundled music loops, referenced in video markup as <c>music:</c>.</summary>
    internal string MusicFolder { get; }

    /// <summary>The folder of the bundled icons.</summary>
    internal string IconsFolder { get; }

    /// <summary>The folders fonts are loaded from: the brand kit's, then the library's bundled fonts.</summary>
    internal IReadOnlyList<string> FontFolders { get; }

    /// <summary>The file behind an image reference from a bound row (<c>data:foto/a.jpg</c>), or null for any other value.</summary>
    internal string? ImageFile(string value) =>
        value.StartsWith(RowBinder.DataScheme + ":", StringComparison.Ordinal) || value.StartsWith(WebImages.Scheme + ":", StringComparison.Ordinal)
            ? _resolver.Resolve(value)
            : null;

    /// <summary>Downloads, all at once and cancellably, the web photos the records name (with a network allowed), so binding them waits for none.</summary>
    internal Task PrefetchPhotosAsync(IEnumerable<DataRecord> records, CancellationToken cancellationToken)
    {
        if (_web is null)
        {
            return Task.CompletedTask;
        }

        var images = Template.Manifest.Fields.Where(f => f.Type == FieldType.Image).Select(f => f.Name).ToList();
        var addresses = records
            .SelectMany(record => images.Select(field => record.TryGetValue(field, out var cell) ? (cell as string)?.Trim() : null))
            .Where(cell => cell is not null && cell.Contains("://", StringComparison.Ordinal));
        return _web.PrefetchAsync(addresses!, cancellationToken);
    }

    /// <summary>Checks a data row against the template's fields and converts its values.</summary>
    public BoundRow Bind(DataRecord record, string? file = null) => CheckImages(_binder.Bind(record.RowNumber, record.Values, file, record.Issues));

    /// <summary>Checks values given in code (keys are field names) against the template's fields.</summary>
    public BoundRow Bind(IReadOnlyDictionary<string, object?> values, int rowNumber = 0) =>
        CheckImages(_binder.Bind(rowNumber, values.ToDictionary(kv => ColumnKey.Normalize(kv.Key), kv => kv.Value), null, []));

    /// <summary>The layout markup the template writes for a row: what <c>--emit-markup</c> prints.</summary>
    public string RenderMarkup(BoundRow row, OutputFormat format, CancellationToken cancellationToken = default) =>
        RenderMarkup(RenderUnit.Of(row), format, cancellationToken);

    /// <summary>The layout markup the template writes for a unit of rows.</summary>
    public string RenderMarkup(RenderUnit unit, OutputFormat format, CancellationToken cancellationToken = default) =>
        // Without the marks that tell the reader which field each value shows: this is the markup a person reads.
        FieldMarks.Strip(Template.RenderMarkup(Model(unit, format), Options.TemplateLimits, cancellationToken).Markup);

    /// <summary>
    /// The alt text and post caption the template's manifest declares for a unit in a format (<c>NAME.txt</c> beside a
    /// batch's outputs); null when it declares neither.
    /// </summary>
    public PostText? Describe(RenderUnit unit, OutputFormat format, CancellationToken cancellationToken = default) =>
        Template.Describe(Model(unit, format), Options.TemplateLimits, cancellationToken);

    /// <summary>Renders a valid row in one format and writes the encoded image to <paramref name="destination"/>.</summary>
    /// <returns>What a reviewer should know: text cut or shrunk, and the design check's findings.</returns>
    public RenderResult Render(BoundRow row, OutputFormat format, OutputType type, Stream destination, CancellationToken cancellationToken = default) =>
        Render(RenderUnit.Of(row), format, type, destination, cancellationToken);

    /// <summary>
    /// Renders a unit of valid rows (all rows, a group, a page) in one format, and runs the design check on the painted
    /// image. The image is written even when the check rejects it: the caller decides where (see <see cref="RenderResult.Rejected"/>).
    /// </summary>
    public RenderResult Render(RenderUnit unit, OutputFormat format, OutputType type, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return Paint(unit, format, (type, destination), cancellationToken);
    }

    /// <summary>
    /// <see cref="Render(RenderUnit, OutputFormat, OutputType, Stream, CancellationToken)"/> for a destination that must
    /// not be written synchronously (an HTTP response, a network stream): the image is painted and encoded in memory, then
    /// copied to <paramref name="destination"/> asynchronously.
    /// </summary>
    public async Task<RenderResult> RenderAsync(RenderUnit unit, OutputFormat format, OutputType type, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var encoded = new MemoryStream();
        var result = Paint(unit, format, (type, encoded), cancellationToken);
        encoded.Position = 0;
        await encoded.CopyToAsync(destination, cancellationToken);
        return result;
    }

    /// <summary>Renders a valid row like <see cref="RenderAsync(RenderUnit, OutputFormat, OutputType, Stream, CancellationToken)"/>.</summary>
    public Task<RenderResult> RenderAsync(BoundRow row, OutputFormat format, OutputType type, Stream destination, CancellationToken cancellationToken = default) =>
        RenderAsync(RenderUnit.Of(row), format, type, destination, cancellationToken);

    /// <summary>Renders from a layout already made by <see cref="Lay"/> for this unit and format (a batch's preflight), instead of laying it out again.</summary>
    internal RenderResult Render(LaidOut laidOut, OutputType type, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return Paint(laidOut, (type, destination), cancellationToken);
    }

    /// <summary>Lays out, paints and design-checks a unit without writing anything: what <c>validate</c> reports.</summary>
    internal RenderResult Check(RenderUnit unit, OutputFormat format, CancellationToken cancellationToken) =>
        Paint(unit, format, null, cancellationToken);

    private RenderResult Paint(RenderUnit unit, OutputFormat format, (OutputType Type, Stream Stream)? encode, CancellationToken cancellationToken) =>
        Paint(Lay(unit, format, cancellationToken), encode, cancellationToken);

    private RenderResult Paint(LaidOut laidOut, (OutputType Type, Stream Stream)? encode, CancellationToken cancellationToken)
    {
        var (unit, format, layout, lines, _) = laidOut;
        cancellationToken.ThrowIfCancellationRequested();
        var painter = PainterFor(format);
        var info = new SKImageInfo(format.Width, format.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new ContentKitException(Localized.Format(Messages.Renderer_NoSurface, format.Width, format.Height));
        surface.Canvas.Clear(SKColors.White);
        painter.Paint(surface.Canvas, layout);
        using var pixels = surface.PeekPixels();
        var painted = new Checks.PaintedPixels(pixels.GetPixelSpan().ToArray(), format.Width, format.Height);
        if (encode is { Type: OutputType.Pdf } pdf)
        {
            // The page is painted again as vectors; the raster above is what the design check reads.
            PdfWriter.Write(pdf.Stream, [Page(layout, format)], RasterDpi(format), cancellationToken);
        }
        else if (encode is { } to)
        {
            ImageEncoder.Encode(pixels, to.Type, to.Stream);
        }

        // Painted again without text: the pixels behind the letters, for the contrast check.
        surface.Canvas.Clear(SKColors.White);
        painter.Paint(surface.Canvas, Checks.DesignCheck.WithoutText(layout));
        var background = new Checks.PaintedPixels(pixels.GetPixelSpan().ToArray(), format.Width, format.Height);
        var context = new Checks.CheckContext(format, Brand.MinTextSize.TryGetValue(format.Name, out var min) ? min : null, unit, line => line < lines.Count ? lines[line] : null);
        var (adjustments, warnings) = Checks.TextReport.Collect(layout, unit, format.Name);
        return new RenderResult(adjustments, warnings) { Findings = Checks.DesignCheck.Run(layout, painted, background, context) };
    }

    /// <summary>Runs the template and lays out its markup: the positioned tree that painting draws.</summary>
    internal LayoutBox Layout(BoundRow row, OutputFormat format, CancellationToken cancellationToken) =>
        Layout(RenderUnit.Of(row), format, cancellationToken);

    /// <summary>How many times this renderer has laid out an image's markup, for tests that count repeated work.</summary>
    internal int Layouts => Volatile.Read(ref _layouts);

    internal LayoutBox Layout(RenderUnit unit, OutputFormat format, CancellationToken cancellationToken) =>
        Lay(unit, format, cancellationToken).Root;

    /// <summary>Runs the template and lays out its markup, keeping what the design check and the text report also need.</summary>
    internal LaidOut Lay(RenderUnit unit, OutputFormat format, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _layouts);
        if (unit.Rows.FirstOrDefault(r => !r.IsValid) is { } invalid)
        {
            throw invalid.Errors[0];
        }

        var (markup, lines) = Template.RenderMarkup(Model(unit, format), Options.TemplateLimits, cancellationToken);
        var root = MarkupReader.Read(markup, Locate(lines));
        var engine = new LayoutEngine(_text, ImagesFor(format));
        return new LaidOut(unit, format, engine.Layout(root, new SizeF(format.Width, format.Height)), lines, engine.TextCache);
    }

    /// <summary>Maps a markup line to the template line that wrote it.</summary>
    private Func<int, ErrorLocation?> Locate(IReadOnlyList<int> lines) =>
        line => new ErrorLocation(File: Template.LayoutPath, Line: line < lines.Count ? lines[line] : null);

    /// <summary>The characters of <paramref name="text"/> that no bundled font draws (a brand family, then the fallbacks), each once, in order.</summary>
    internal IReadOnlyList<string> MissingCharacters(string text)
    {
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var family in Brand.Fonts.Values.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            _ = _text.Fallback.Split(text, new RunStyle(family, 1, 400, false, Rgba.Black, 0), missing).Count();
        }

        return [.. missing.OrderBy(c => text.IndexOf(c, StringComparison.Ordinal))];
    }

    private Scriban.Runtime.ScriptObject Model(RenderUnit unit, OutputFormat format) =>
        TemplateModel.Build(unit, Brand, _logo, _logoOnDark, format, _values);

    /// <summary>Decodes every image a row names now, so a broken or oversized photo fails the row with its column.</summary>
    private BoundRow CheckImages(BoundRow row)
    {
        var errors = row.Errors.ToList();
        foreach (var field in Template.Manifest.Fields.Where(f => f.Type == FieldType.Image))
        {
            if (row.Values.GetValueOrDefault(field.Name) is string reference)
            {
                try
                {
                    using var lease = _images.Get(reference);
                }
                catch (ContentKitException e)
                {
                    errors.Add(e.At(e.Location with { Row = row.RowNumber, Column = field.Name }));
                }
            }
        }

        return errors.Count == row.Errors.Count ? row : row with { Errors = errors };
    }

    /// <summary>
    /// The logo references the layout sees as <c>brand.logo</c> and <c>brand.logo_on_dark</c>: a unit's own logos as
    /// <c>unit:file</c> in its folder (its one logo on dark backgrounds too, never the city's), else the brand kit's.
    /// </summary>
    private static (string Logo, string? LogoOnDark) Logos(BrandKit brand, UnitProfile? unit, AssetResolver resolver)
    {
        if (unit?.Logo is { } logo)
        {
            resolver.WithRoot(UnitScheme, UnitFolder(unit));
            return ($"{UnitScheme}:{logo}", $"{UnitScheme}:{unit.LogoOnDark ?? logo}");
        }

        if (unit?.LogoOnDark is { } dark)
        {
            resolver.WithRoot(UnitScheme, UnitFolder(unit));
            return (LogoReference(brand.Logo, "logo", resolver), $"{UnitScheme}:{dark}");
        }

        return (LogoReference(brand.Logo, "logo", resolver), brand.LogoOnDark is { } kitDark ? LogoReference(kitDark, "logo-dark", resolver) : null);
    }

    /// <summary>A unit's logos are decoded once, when the renderer is made: a broken one is one error before any row, not one per image.</summary>
    private static void CheckUnitLogos(UnitProfile? unit)
    {
        foreach (var logo in unit?.LogoFiles ?? [])
        {
            try
            {
                PhotoFile.CheckDecodes(logo.File, ImageLimits.Default);
            }
            catch (ContentKitException e)
            {
                throw new ContentKitException(Localized.Format(Messages.Unit_LogoBroken, logo.Name, e.Problem), logo.Location, e);
            }
        }
    }

    /// <summary>A unit made in code without a folder has its logos in the current folder, as relative paths are.</summary>
    private static string UnitFolder(UnitProfile unit) => unit.Folder.Length > 0 ? unit.Folder : Directory.GetCurrentDirectory();

    /// <summary>A brand logo inside the kit is <c>brand:file</c>; one given as a full path elsewhere gets a root of its own.</summary>
    private static string LogoReference(string logo, string root, AssetResolver resolver)
    {
        if (!Path.IsPathRooted(logo))
        {
            return $"brand:{logo}";
        }

        resolver.WithRoot(root, Path.GetDirectoryName(logo)!);
        return $"{root}:{Path.GetFileName(logo)}";
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _images.Dispose();
        _printImages?.Dispose();
        _icons.Dispose();
        _fonts.Dispose();
        _web?.Dispose();
    }
}
