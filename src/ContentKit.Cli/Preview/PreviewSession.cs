using ContentKit.Checks;
using ContentKit.Data;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Cli.Preview;

/// <summary>
/// The preview's one renderer: draws the chosen row in every format whenever it is asked to (a saved file, another row),
/// one render at a time, and keeps the latest result for the page. Everything is loaded again on each render (library,
/// template, brand kit, data), so an edit to any of them shows. A mistake is kept as the state's error, never thrown:
/// the page shows it with its file and line, and the next save tries again. Thread-safe.
/// </summary>
/// <param name="source">Where the template and data come from.</param>
/// <param name="row">The row to show first (its spreadsheet number; the first row when the sheet has no such row).</param>
internal sealed class PreviewSession(PreviewSource source, int row) : IDisposable
{
    /// <summary>
    /// Seconds between a video's frames on the scrubber, and their size against the video's. The scrubber is the first
    /// format's (the template's main preset); the other formats show their poster, so a save is drawn again in seconds.
    /// </summary>
    private const double FrameStep = 0.5;
    private const float FrameScale = 0.25f;

    private readonly SemaphoreSlim _dirty = new(0);
    private readonly Lock _lock = new();
    private TaskCompletionSource<int> _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PreviewState? _state;
    private Dictionary<string, byte[]> _images = [];
    private int _row = row;
    private int _version;

    public PreviewState? State
    {
        get
        {
            lock (_lock)
            {
                return _state;
            }
        }
    }

    /// <summary>The folders whose files the current render was made from: what the watcher should watch.</summary>
    public IReadOnlyList<string> Folders { get; private set; } = [];

    /// <summary>The PNG of <paramref name="name"/> made in render <paramref name="version"/>, while the latest state shows it.</summary>
    public byte[]? Image(int version, string name)
    {
        lock (_lock)
        {
            return _images.TryGetValue($"{version}/{name}", out var png) ? png : null;
        }
    }

    /// <summary>Asks for a render of another row (its spreadsheet number).</summary>
    public void SelectRow(int row)
    {
        Volatile.Write(ref _row, row);
        Invalidate();
    }

    /// <summary>Asks for a render; several requests close together make one.</summary>
    public void Invalidate() => _dirty.Release();

    /// <summary>Completes with the version after <paramref name="known"/> as soon as there is one.</summary>
    public Task<int> NextVersionAsync(int known, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _version > known ? Task.FromResult(_version) : _changed.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Renders once now, then again after every request, until cancelled.</summary>
    public async Task RunAsync(Action<IReadOnlyList<string>> watch, CancellationToken cancellationToken)
    {
        Render(cancellationToken);
        watch(Folders);
        while (!cancellationToken.IsCancellationRequested)
        {
            await _dirty.WaitAsync(cancellationToken);
            // An editor's save is often several writes: wait for them, then render once.
            await Task.Delay(120, cancellationToken);
            while (_dirty.CurrentCount > 0)
            {
                await _dirty.WaitAsync(cancellationToken);
            }

            Render(cancellationToken);
            watch(Folders);
        }
    }

    private void Render(CancellationToken cancellationToken)
    {
        var images = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var version = _version + 1;
        PreviewState state;
        try
        {
            state = Draw(version, images, cancellationToken);
        }
        catch (ContentKitException e)
        {
            state = Failed(Math.Max(version, _version + 1), e.Message, e.Location.IsEmpty ? null : e.Location.ToString());
        }
        catch (IOException e)
        {
            // A file caught half-saved, or deleted for a moment by the editor: said on the page, tried again on the next save.
            state = Failed(Math.Max(version, _version + 1), e.Message, null);
        }

        Publish(state, images);
    }

    /// <summary>Makes <paramref name="state"/> the page's, with the images its addresses name, and tells the page.</summary>
    private void Publish(PreviewState state, Dictionary<string, byte[]> images)
    {
        TaskCompletionSource<int> changed;
        lock (_lock)
        {
            (_state, _images, _version) = (state, new Dictionary<string, byte[]>(images, StringComparer.Ordinal), state.Version);
            changed = _changed;
            _changed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult(state.Version);
    }

    private PreviewState Draw(int version, Dictionary<string, byte[]> images, CancellationToken cancellationToken)
    {
        var library = source.Library();
        var template = library.Load(source.Template);
        var sheet = source.ReadData();
        var brand = library.LoadBrand(template.Manifest.Brand);
        Folders = [template.Folder, brand.Folder, Path.GetDirectoryName(Path.GetFullPath(sheet.SourcePath))!];
        var rows = sheet.Rows.Select(r => new PreviewRow(r.RowNumber, Label(r, template.Manifest))).ToList();
        if (sheet.Rows.Count == 0)
        {
            return Empty(version, template, sheet, 0, rows, new PreviewError(Localized.Format(CliMessages.Preview_NoRows, Path.GetFileName(sheet.SourcePath)), null));
        }

        var chosen = sheet.Rows.FirstOrDefault(r => r.RowNumber == Volatile.Read(ref _row)) ?? sheet.Rows[0];
        Volatile.Write(ref _row, chosen.RowNumber);
        using var renderer = new Renderer(library, template, source.Options(sheet));
        var file = Path.GetFileName(sheet.SourcePath);
        var bound = sheet.Rows.Select(r => renderer.Bind(r, file)).ToList();
        var row = bound.First(b => b.RowNumber == chosen.RowNumber);
        if (!row.IsValid)
        {
            var first = row.Errors[0];
            return Empty(version, template, sheet, chosen.RowNumber, rows, new PreviewError(string.Join("\n", row.Errors.Select(e => e.Message)), first.Location.ToString()));
        }

        // Screen formats first, shown as soon as they are drawn; paper sizes (a 300 dpi A3 is 17 million pixels) follow.
        var formats = template.Manifest.Formats.Select(f => template.Format(f.Name)).OrderBy(f => f.IsPrint).ToList();
        var outputs = new List<PreviewOutput>();
        foreach (var format in formats)
        {
            if (format.IsPrint && outputs.Count > 0 && !formats[outputs.Count - 1].IsPrint)
            {
                Publish(new PreviewState(version, Title(template), file, chosen.RowNumber, rows, null, [.. outputs], Labels()), images);
                version++;
            }

            var step = outputs.Count == 0 ? FrameStep : double.PositiveInfinity;
            outputs.Add(template.Manifest.Kind == TemplateKind.Video
                ? Frames(renderer, row, format, step, version, images, cancellationToken)
                : Image(renderer, template, bound, row, format, version, images, cancellationToken));
        }

        return new PreviewState(version, Title(template), file, chosen.RowNumber, rows, null, outputs, Labels());
    }

    private static PreviewOutput Image(
        Renderer renderer, Template template, List<BoundRow> bound, BoundRow row, OutputFormat format, int version, Dictionary<string, byte[]> images, CancellationToken cancellationToken)
    {
        // A table or group template draws the page that holds the chosen row (the first page when the row is not drawn).
        var valid = bound.Where(b => b.IsValid).ToList();
        var units = template.Plan(valid, format).ToList();
        var unit = units.FirstOrDefault(u => u.Rows.Contains(row)) ?? units.FirstOrDefault() ?? RenderUnit.Of(row);
        using var png = new MemoryStream();
        var result = renderer.Render(unit, format, OutputType.Png, png, cancellationToken);
        var name = format.Name + ".png";
        images[$"{version}/{name}"] = png.ToArray();
        return new PreviewOutput(format.Name, format.Width, format.Height, $"/image/{version}/{name}", result.Rejected, [.. result.Findings.Select(Finding)]);
    }

    private static PreviewOutput Frames(
        Renderer renderer, BoundRow row, OutputFormat format, double step, int version, Dictionary<string, byte[]> images, CancellationToken cancellationToken)
    {
        var video = renderer.RenderFrames(row, format, step, FrameScale, cancellationToken);
        var frames = new List<PreviewFrame>();
        foreach (var frame in video.Frames)
        {
            var name = $"{format.Name}-{frame.Time * 1000:0}.png";
            images[$"{version}/{name}"] = frame.Png;
            frames.Add(new PreviewFrame(frame.Time, $"/image/{version}/{name}", frame.Time == video.PosterTime));
        }

        var poster = frames.First(f => f.Poster);
        return new PreviewOutput(format.Name, format.Width, format.Height, poster.Image, false, []) { Frames = frames };
    }

    private static PreviewFinding Finding(Finding finding)
    {
        var area = finding.Area ?? new FindingArea(0, 0, 0, 0);
        return new PreviewFinding(finding.IsError, finding.Message, finding.Fix, area.X, area.Y, area.Width, area.Height);
    }

    private PreviewState Failed(int version, string message, string? where)
    {
        var previous = State;
        return new PreviewState(version, previous?.Template ?? source.Template, previous?.Data ?? "", Volatile.Read(ref _row), previous?.Rows ?? [], new PreviewError(message, where), [], Labels());
    }

    private static PreviewState Empty(int version, Template template, DataSheet sheet, int row, IReadOnlyList<PreviewRow> rows, PreviewError error) =>
        new(version, Title(template), Path.GetFileName(sheet.SourcePath), row, rows, error, [], Labels());

    private static string Title(Template template) => $"{template.Manifest.Title} ({template.Id})";

    /// <summary>A row's first text value, short enough for the picker.</summary>
    private static string Label(DataRecord record, TemplateManifest manifest)
    {
        var text = manifest.Fields.Where(f => f.Type == FieldType.Text)
            .Select(f => record.TryGetValue(f.Name, out var value) ? value?.ToString() : null)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? "";
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= 48 ? text : string.Concat(text.AsSpan(0, 47), "…");
    }

    private static Dictionary<string, string> Labels() => new(StringComparer.Ordinal)
    {
        ["row"] = CliMessages.Preview_Row,
        ["ready"] = CliMessages.Preview_Ready,
        ["rejected"] = CliMessages.Preview_Rejected,
        ["findings"] = CliMessages.Preview_Findings,
        ["noFindings"] = CliMessages.Preview_NoFindings,
        ["error"] = CliMessages.Preview_Error,
        ["poster"] = CliMessages.Preview_Poster,
        ["rendering"] = CliMessages.Preview_Rendering,
    };

    public void Dispose() => _dirty.Dispose();
}
