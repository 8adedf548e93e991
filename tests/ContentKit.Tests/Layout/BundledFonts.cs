using ContentKit.Text;

namespace ContentKit.Tests.Layout;

/// <summary>
/// The fonts in templates/fonts, loaded once per test class (reading and parsing font files is the slow
/// part of a layout test) and disposed when the class is done.
/// </summary>
public sealed class BundledFonts : IDisposable
{
    public const string DefaultFamily = "Plus Jakarta Sans";

    private readonly FontSet _fonts = FontSet.Load([Path.Combine(TestPaths.Templates, "fonts")]);

    public BundledFonts()
    {
        Text = new TextEngine(_fonts, DefaultFamily);
    }

    internal TextEngine Text { get; }

    public void Dispose() => _fonts.Dispose();
}
