using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ContentKit.Layout;
using SkiaSharp;

namespace ContentKit.Tests.Icons;

/// <summary>The bundled set: every icon draws, its licence travels with it, and the README lists what is there.</summary>
public partial class IconSetTests
{
    [Fact]
    public void Every_bundled_icon_draws_on_the_24_unit_grid()
    {
        using var icons = BundledIcons.Open();
        var problems = new ConcurrentBag<string>();

        Parallel.ForEach(icons.Names, name =>
        {
            try
            {
                var picture = icons.Picture(name, Rgba.Black, null);
                if (picture.CullRect != new SKRect(0, 0, 24, 24))
                {
                    problems.Add($"{name}: drawing bounds {picture.CullRect}");
                }

                using var pixels = IconPixels.Draw(24, 24, canvas => canvas.DrawPicture(picture));
                if (pixels.Ink() == 0)
                {
                    problems.Add($"{name}: draws nothing");
                }
            }
            catch (ContentKitException e)
            {
                problems.Add($"{name}: {e.Message}");
            }
        });

        Assert.Empty(problems);
    }

    [Fact]
    public void Licence_sits_beside_the_icons()
    {
        var licence = File.ReadAllText(Path.Combine(BundledIcons.SetFolder, "LICENSE"));

        Assert.Contains("ISC License", licence, StringComparison.Ordinal);
        Assert.Contains("Lucide Icons and Contributors", licence, StringComparison.Ordinal);
        Assert.Contains("The MIT License", licence, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_lists_exactly_the_bundled_icons()
    {
        using var icons = BundledIcons.Open();
        var readme = File.ReadAllText(Path.Combine(BundledIcons.Folder, "README.md"));
        var all = readme[readme.IndexOf("## All ", StringComparison.Ordinal)..];
        var quick = readme[readme.IndexOf("## Quick list", StringComparison.Ordinal)..readme.IndexOf("## All ", StringComparison.Ordinal)];

        Assert.Equal(icons.Names, Quoted(all));
        Assert.Contains($"## All {icons.Names.Count()} icons", readme, StringComparison.Ordinal);
        Assert.Contains($"**{icons.Names.Count()}** names", readme, StringComparison.Ordinal);
        Assert.All(Quoted(quick), name => Assert.True(icons.Exists(name), $"the quick list names '{name}', which is not bundled"));
    }

    private static IEnumerable<string> Quoted(string markdown) => QuotedName().Matches(markdown).Select(m => m.Groups[1].Value);

    [GeneratedRegex("`([a-z0-9-]+)`")]
    private static partial Regex QuotedName();
}
