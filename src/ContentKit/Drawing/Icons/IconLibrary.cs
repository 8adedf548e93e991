using System.Collections.Concurrent;
using System.Collections.Immutable;
using ContentKit.Layout;
using ContentKit.Layout.Elements;
using SkiaSharp;

namespace ContentKit.Drawing.Icons;

/// <summary>
/// The bundled SVG icons (<c>templates/icons/lucide/&lt;name&gt;.svg</c>), by name, recoloured and scaled to their box.
/// Thread-safe: a batch paints from many threads, and each icon in each colour and line width is parsed once.
/// </summary>
internal sealed class IconLibrary(string folder) : IDisposable
{
    /// <summary>The icon set's folder under <see cref="Folder"/>; its licence file sits beside the icons.</summary>
    public const string SetFolder = "lucide";

    private readonly ConcurrentDictionary<IconKey, Lazy<SKPicture>> _pictures = new();
    private readonly Lazy<ImmutableSortedSet<string>> _names = new(() => ReadNames(Path.Combine(folder, SetFolder)));
    private volatile bool _disposed;

    /// <summary>The icons folder (<c>templates/icons</c>).</summary>
    public string Folder => folder;

    /// <summary>Every icon name, in ordinal order, for tooling and validation.</summary>
    public IEnumerable<string> Names => _names.Value;

    public bool Exists(string name) => IconName.IsValid(name) && _names.Value.Contains(name);

    /// <summary>Throws the error a user sees when <paramref name="name"/> is not an icon: what is wrong and the nearest name.</summary>
    public void Require(string name, ErrorLocation? location = null)
    {
        if (!IconName.IsValid(name))
        {
            throw new ContentKitException(
                Localized.Format(Messages.Icon_BadName, name, HintFor(name)),
                location);
        }

        if (!_names.Value.Contains(name))
        {
            var where = Path.Combine(folder, SetFolder);
            var problem = _names.Value.IsEmpty ? " " + Localized.Format(Messages.Icon_NoIcons, where) : NearestName.Hint(name, Names);
            throw new ContentKitException(
                Localized.Format(Messages.Icon_Unknown, name, problem, where),
                location);
        }
    }

    public void Paint(SKCanvas canvas, IconElement icon, SKRect box)
    {
        try
        {
            Paint(canvas, icon.Icon, icon.Color, box, icon.StrokeWidth);
        }
        catch (ContentKitException e) when (icon.Line > 0)
        {
            throw new ContentKitException(Localized.Format(Messages.Icon_OnLine, icon.Icon, icon.Line, e.Message), e.Location, e);
        }
    }

    /// <summary>Draws icon <paramref name="name"/> as large as fits in <paramref name="box"/>, centred, keeping its shape; also for chart pictograms.</summary>
    public void Paint(SKCanvas canvas, string name, Rgba color, SKRect box, float? strokeWidth = null)
    {
        var picture = Picture(name, color, strokeWidth);
        var bounds = picture.CullRect;
        var scale = Math.Min(box.Width / bounds.Width, box.Height / bounds.Height);
        if (color.A == 0 || scale is not > 0)
        {
            return;
        }

        var save = canvas.Save();
        canvas.Translate(box.MidX - (bounds.Width * scale / 2), box.MidY - (bounds.Height * scale / 2));
        canvas.Scale(scale);
        canvas.Translate(-bounds.Left, -bounds.Top);

        // A thick stroke-width pushes round caps past the 24-unit grid; the icon keeps to the box layout gave it.
        canvas.ClipRect(bounds, antialias: true);
        if (color.A == 255)
        {
            canvas.DrawPicture(picture);
        }
        else
        {
            // Alpha on the whole drawing (a layer), not per stroke: where lines cross they would otherwise darken.
            using var paint = new SKPaint { Color = SKColors.Black.WithAlpha(color.A) };
            canvas.DrawPicture(picture, paint);
        }

        canvas.RestoreToCount(save);
    }

    /// <summary>The cached drawing of an icon in a colour and line width, in the icon's own units (0,0–24,24 for Lucide).</summary>
    internal SKPicture Picture(string name, Rgba color, float? strokeWidth)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Require(name);
        var key = new IconKey(name, color with { A = 255 }, strokeWidth);

        // Lazy so that threads asking for the same new icon at once parse it once and share one picture.
        return _pictures.GetOrAdd(key, k => new Lazy<SKPicture>(() => Load(k))).Value;
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var picture in _pictures.Values)
        {
            if (picture.IsValueCreated)
            {
                picture.Value.Dispose();
            }
        }

        _pictures.Clear();
    }

    private SKPicture Load(IconKey key)
    {
        var path = Path.Combine(folder, SetFolder, key.Name + ".svg");
        try
        {
            return IconSvg.ToPicture(IconSvg.Prepare(path, key.Color, key.StrokeWidth));
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            throw new ContentKitException(
                Localized.Format(Messages.Icon_CannotDraw, key.Name, e.Message, path),
                new ErrorLocation(File: path),
                e);
        }
    }

    /// <summary>"Calendar", "calendar.svg" or "lucide/calendar" is one step from a name; other strings get no guess.</summary>
    private string HintFor(string name)
    {
        var cleaned = Path.GetFileNameWithoutExtension(name.Trim().Replace('\\', '/')).ToLowerInvariant();
        return Exists(cleaned) ? " " + Localized.Format(Messages.Hint_DidYouMean, cleaned) : "";
    }

    private static ImmutableSortedSet<string> ReadNames(string setFolder) =>
        Directory.Exists(setFolder)
            ? Directory.EnumerateFiles(setFolder, "*.svg").Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(IconName.IsValid).ToImmutableSortedSet(StringComparer.Ordinal)
            : [];
}
