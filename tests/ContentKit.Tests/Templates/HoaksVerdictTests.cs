using ContentKit.Templates;

namespace ContentKit.Tests.Templates;

/// <summary>
/// <c>hoaks-fakta</c>'s stamp: red for the kinds of false, green for a true claim (which is then not muted), orange for
/// anything between.
/// </summary>
public sealed class HoaksVerdictTests : IDisposable
{
    private static readonly TemplateLibrary Library = new(TestPaths.Templates);

    private readonly Renderer _renderer = new(Library, Library.Load("hoaks-fakta"), new RenderOptions { DataFolder = TestPaths.Samples });

    [Theory]
    [InlineData("hoaks", "alert_awas", "shield-x", true)]
    [InlineData("Disinformasi", "alert_awas", "shield-x", true)]
    [InlineData("fakta", "alert_normal", "shield-check", false)]
    [InlineData("menyesatkan", "alert_siaga", "shield-alert", true)]
    public void The_stamp_takes_the_colour_and_icon_of_its_verdict(string verdict, string colour, string icon, bool muted)
    {
        var row = _renderer.Bind(new Dictionary<string, object?> { ["vonis"] = verdict, ["klaim"] = "Air PDAM tercemar", ["fakta"] = "Air memenuhi baku mutu." }, rowNumber: 2);
        Assert.True(row.IsValid, string.Join("; ", row.Errors));

        var markup = _renderer.RenderMarkup(row, _renderer.Template.Format("feed"));

        var tone = _renderer.Brand.Colors[colour];
        Assert.Contains($"<icon name=\"{icon}\" size=", markup, StringComparison.Ordinal);
        Assert.Contains($"color=\"{tone}\" uppercase=\"true\"", markup, StringComparison.Ordinal);
        Assert.Equal(muted, markup.Contains("italic=\"true\" color=", StringComparison.Ordinal));
    }

    public void Dispose() => _renderer.Dispose();
}
