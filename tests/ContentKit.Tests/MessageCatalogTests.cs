using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace ContentKit.Tests;

/// <summary>
/// The message catalogs of the library (Messages.resx) and the command (CliMessages.resx): every English sentence has
/// an Indonesian one that fills in the same values, and none was left in English by mistake.
/// </summary>
public partial class MessageCatalogTests
{
    /// <summary>Values that are the same word in both languages.</summary>
    private static readonly HashSet<string> SameInBoth = ["Table_Status", "Table_Format"];

    public static TheoryData<string> Catalogs() => ["library", "command"];

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Every_message_has_an_Indonesian_translation_and_no_other(string catalog)
    {
        var (english, indonesian) = Read(catalog);

        Assert.Empty(english.Keys.Except(indonesian.Keys).Order());
        Assert.Empty(indonesian.Keys.Except(english.Keys).Order());
        Assert.All(indonesian, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Each_translation_fills_in_the_same_values_and_keeps_the_same_markup(string catalog)
    {
        var (english, indonesian) = Read(catalog);

        Assert.All(english, entry =>
        {
            var translation = indonesian[entry.Key];
            Assert.True(Placeholders(entry.Value).SetEquals(Placeholders(translation)), $"{entry.Key}: '{entry.Value}' and '{translation}' fill in different values.");
            Assert.Equal(Markup(entry.Value), Markup(translation));
        });
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Every_message_with_values_is_a_valid_format_in_both_languages(string catalog)
    {
        var (english, indonesian) = Read(catalog);

        Assert.All(english.Concat(indonesian).Where(entry => Placeholders(entry.Value).Count > 0), entry =>
        {
            var values = Enumerable.Range(0, Placeholders(entry.Value).Max(p => p.Index) + 1).Select(i => (object)i).ToArray();
            var exception = Record.Exception(() => string.Format(CultureInfo.InvariantCulture, entry.Value, values));
            Assert.True(exception is null, $"{entry.Key}: {exception?.Message}");
        });
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void No_message_was_left_in_English(string catalog)
    {
        var (english, indonesian) = Read(catalog);

        var untranslated = english.Where(entry => indonesian[entry.Key] == entry.Value && !SameInBoth.Contains(entry.Key)).Select(entry => entry.Key);

        Assert.Empty(untranslated);
    }

    [Fact]
    public void The_Indonesian_satellite_assemblies_are_beside_the_command()
    {
        var folder = Path.Combine(Path.GetDirectoryName(typeof(ContentKit.Cli.CliApplication).Assembly.Location)!, "id");

        Assert.True(File.Exists(Path.Combine(folder, "ContentKit.resources.dll")), folder);
        Assert.True(File.Exists(Path.Combine(folder, "ContentKit.Cli.resources.dll")), folder);
    }

    private static (Dictionary<string, string> English, Dictionary<string, string> Indonesian) Read(string catalog)
    {
        var resources = catalog == "library" ? Messages.ResourceManager : ContentKit.Cli.CliMessages.ResourceManager;
        return (Entries(resources, CultureInfo.InvariantCulture), Entries(resources, CultureInfo.GetCultureInfo("id")));
    }

    /// <summary>The entries of one language only, without falling back to another.</summary>
    private static Dictionary<string, string> Entries(ResourceManager resources, CultureInfo culture)
    {
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.True(set is not null, $"No {culture.Name} resources for {resources.BaseName}.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    /// <summary>The values a sentence fills in, with their formats: {0}, {1:0.#}.</summary>
    private static HashSet<(int Index, string Format)> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value))];

    /// <summary>Spectre.Console markup such as [bold] and [/], in order.</summary>
    private static List<string> Markup(string text) => [.. SpectreTag().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"(?<!\{)\{(\d+)((?:[,:][^}]*)?)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\[(?:/|[a-z]+)\]")]
    private static partial Regex SpectreTag();
}
