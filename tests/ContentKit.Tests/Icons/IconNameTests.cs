using ContentKit.Layout;
using SkiaSharp;

namespace ContentKit.Tests.Icons;

/// <summary>Names that are not icons: refused with what to write instead, and never turned into a path outside the set.</summary>
public class IconNameTests
{
    [Fact]
    public void Misspelt_name_is_refused_with_the_nearest_icon()
    {
        using var icons = BundledIcons.Open();

        var error = Assert.Throws<ContentKitException>(() => Paint(icons, "calender"));

        Assert.Contains("There is no icon 'calender'.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'calendar'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("README.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_icon_in_markup_names_its_markup_line()
    {
        using var icons = BundledIcons.Open();
        var element = IconPaintingTests.Icon("calender", Rgba.Black, line: 7);

        var error = Assert.Throws<ContentKitException>(() => IconPixels.Draw(48, 48, canvas => icons.Paint(canvas, element, new SKRect(0, 0, 48, 48))));

        Assert.StartsWith("<icon name=\"calender\"> on markup line 7: There is no icon 'calender'.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../calendar")]
    [InlineData("../../templates/icons/lucide/calendar")]
    [InlineData("lucide/calendar")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\calendar")]
    [InlineData("C:calendar")]
    [InlineData("calendar.svg")]
    [InlineData("Calendar")]
    [InlineData("calendar ")]
    [InlineData("")]
    public void Name_that_is_not_lower_case_letters_digits_and_dashes_is_refused(string name)
    {
        using var icons = BundledIcons.Open();

        var error = Assert.Throws<ContentKitException>(() => Paint(icons, name));

        Assert.Contains($"'{name}' is not an icon name", error.Message, StringComparison.Ordinal);
        Assert.Contains("lower-case letters, digits and '-' only", error.Message, StringComparison.Ordinal);
        Assert.False(icons.Exists(name));
    }

    [Theory]
    [InlineData("Map-Pin", "map-pin")]
    [InlineData("calendar.svg", "calendar")]
    [InlineData("../lucide/calendar", "calendar")]
    [InlineData("..\\calendar", "calendar")]
    public void Name_written_as_a_file_or_in_capitals_is_pointed_at_its_icon(string name, string icon)
    {
        using var icons = BundledIcons.Open();

        var error = Assert.Throws<ContentKitException>(() => icons.Require(name));

        Assert.EndsWith($"Did you mean '{icon}'?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/etc/passwd")]
    public void Name_that_is_no_icon_at_all_gets_no_guess(string name)
    {
        using var icons = BundledIcons.Open();

        var error = Assert.Throws<ContentKitException>(() => icons.Require(name));

        Assert.DoesNotContain("Did you mean", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_the_svg_files_of_the_set_in_order()
    {
        using var icons = BundledIcons.Open();
        var files = Directory.GetFiles(BundledIcons.SetFolder, "*.svg").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(files, icons.Names);
        Assert.True(icons.Exists("calendar"));
        Assert.True(icons.Exists("map-pin"));
        Assert.False(icons.Exists("calender"));
    }

    [Fact]
    public void Library_without_icons_says_where_it_looked()
    {
        using var icons = new Drawing.Icons.IconLibrary(TestPaths.NewTempFolder());

        var error = Assert.Throws<ContentKitException>(() => icons.Require("calendar"));

        Assert.Empty(icons.Names);
        Assert.Contains("There are no icons in", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_svg_file_is_reported_with_its_path()
    {
        var folder = TestPaths.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "lucide"));
        var file = Path.Combine(folder, "lucide", "broken.svg");
        File.WriteAllText(file, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path d=");
        using var icons = new Drawing.Icons.IconLibrary(folder);

        var error = Assert.Throws<ContentKitException>(() => Paint(icons, "broken"));

        Assert.Contains("The icon 'broken' cannot be drawn", error.Message, StringComparison.Ordinal);
        Assert.Equal(file, error.Location.File);
    }

    private static void Paint(Drawing.Icons.IconLibrary icons, string name)
    {
        using var pixels = IconPixels.Draw(48, 48, canvas => icons.Paint(canvas, name, Rgba.Black, new SKRect(0, 0, 48, 48)));
    }
}
