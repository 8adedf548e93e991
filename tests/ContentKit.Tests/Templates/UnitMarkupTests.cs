using System.Text.RegularExpressions;
using ContentKit.Batch;
using ContentKit.Drawing;
using ContentKit.Templates;

namespace ContentKit.Tests.Templates;

/// <summary>
/// A unit follows into every image template of the library, the ones added later included: each template's markup with
/// the sample unit is its markup with the brand kit, with every brand value it showed (name, department line, website,
/// handles, both logos) replaced by the unit's, and nothing else changed.
/// </summary>
public sealed partial class UnitMarkupTests : IDisposable
{
    private static readonly TemplateLibrary Library = new(TestPaths.Templates);
    private readonly string _photos = TestPaths.NewTempFolder();

    public UnitMarkupTests() => StressPhotos.WriteTo(_photos);

    public static TheoryData<string> ImageTemplates() =>
        [.. Library.TemplateIds().Where(id => Library.Load(id).Manifest.Kind == TemplateKind.Image)];

    [Theory]
    [MemberData(nameof(ImageTemplates))]
    public void Every_brand_value_a_template_shows_becomes_the_units_in_every_format(string id)
    {
        var template = Library.Load(id);
        var unit = UnitProfile.Load(UnitProfileTests.SampleUnit);
        using var kit = new Renderer(Library, template, new RenderOptions { DataFolder = _photos });
        using var unitRenderer = new Renderer(Library, template, new RenderOptions { DataFolder = _photos, Unit = unit });
        var sheet = StressSet.Build(template.Manifest)[0].Sheet;

        foreach (var format in template.Manifest.Formats)
        {
            var rows = sheet.Rows.Select(r => kit.Bind(r, StressSet.SourceName)).ToList();
            var first = template.Plan(rows, format).First();
            var before = kit.RenderMarkup(first, format);
            var after = unitRenderer.RenderMarkup(first, format);

            Assert.Equal(Swap(before, kit.Brand, unit), after);
            Assert.Contains("Kecamatan Sukorejo", after, StringComparison.OrdinalIgnoreCase);
            Assert.Matches("src=\"unit:logo(-white)?\\.png\"", after);
            Assert.DoesNotContain("brand:logo", after, StringComparison.Ordinal);
            Assert.DoesNotContain("@pemkotblitar", after, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_unit_with_one_logo_shows_it_on_dark_backgrounds_too_never_the_citys()
    {
        var template = Library.Load("kutipan");
        var sample = UnitProfile.Load(UnitProfileTests.SampleUnit);
        using var renderer = new Renderer(Library, template, new RenderOptions { DataFolder = _photos, Unit = sample with { LogoOnDark = null } });
        var row = renderer.Bind(new Dictionary<string, object?> { ["kutipan"] = "Gotong royong.", ["nama"] = "Siti" });

        var markup = renderer.RenderMarkup(row, template.Format("feed"));

        // kutipan's header is on the brand's dark green: logo_on_dark.
        Assert.Contains("src=\"unit:logo.png\"", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("logo-white.png", markup, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_photos, recursive: true);

    /// <summary>
    /// The kit's markup with the kit's values swapped for the unit's, through placeholders so a unit line equal to the
    /// kit's name ("Pemerintah Kota Blitar") is not swapped twice. The website only where it stands alone: a row's link
    /// such as blitarkota.go.id/agenda/… is data, not the brand.
    /// </summary>
    private static string Swap(string markup, BrandKit kit, UnitProfile unit)
    {
        (string Pattern, string Value)[] swaps =
        [
            (Regex.Escape(kit.Unit), unit.Unit!),
            (Regex.Escape(kit.Name), unit.Name!),
            ($"(?<![\\w./-]){Regex.Escape(kit.Website)}(?![\\w/.-])", unit.Website!),
            (Regex.Escape(kit.Social[0]), unit.Social![0]),
            (Regex.Escape($"brand:{kit.LogoOnDark}"), $"unit:{unit.LogoOnDark}"),
            (Regex.Escape($"brand:{kit.Logo}"), $"unit:{unit.Logo}"),
        ];
        for (var i = 0; i < swaps.Length; i++)
        {
            // A layout may upper-case a brand value in Scriban (string.upcase) instead of with uppercase="true".
            var index = i;
            markup = Regex.Replace(markup, swaps[i].Pattern, m => $"\u0001{index}{(IsUpperCase(m.Value) ? "U" : "")}\u0002", RegexOptions.IgnoreCase);
        }

        return Placeholder().Replace(markup, m =>
        {
            var value = swaps[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].Value;
            return m.Groups[2].Success ? value.ToUpperInvariant() : value;
        });
    }

    /// <summary>Written in capitals (it has letters and none of them is lower-case).</summary>
    private static bool IsUpperCase(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    [GeneratedRegex("\u0001(\\d+)(U)?\u0002")]
    private static partial Regex Placeholder();
}
