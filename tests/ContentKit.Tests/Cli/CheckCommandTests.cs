using System.Text.Json;
using System.Text.RegularExpressions;
using ContentKit.Batch;
using ContentKit.Checks;
using ContentKit.Templates;

namespace ContentKit.Tests.Cli;

/// <summary><c>contentkit check TEMPLATE</c>: every stress case in every format, the design check's findings, exit 1 on any error.</summary>
public sealed class CheckCommandTests(BuiltInChecks checks) : IClassFixture<BuiltInChecks>
{
    private static readonly TemplateLibrary Library = new(TestPaths.Templates);

    private static readonly string[] Kinds = [.. Enum.GetNames<FindingKind>().Select(JsonNamingPolicy.SnakeCaseLower.ConvertName)];

    private static readonly string[] Severities = ["error", "warning"];

    private readonly string _folder = TestPaths.NewTempFolder();

    [Theory]
    [MemberData(nameof(BuiltInChecks.ImageTemplates), MemberType = typeof(BuiltInChecks))]
    public async Task Check_renders_every_stress_case_in_every_format_and_reports_each_finding_in_full(string id)
    {
        var (result, report) = await checks.RunAsync(id);

        var manifest = Library.Load(id).Manifest;
        var cases = StressSet.Build(manifest).Select(c => c.Name).ToList();
        Assert.Equal(id, report.GetProperty("template").GetString());
        Assert.Equal(manifest.Formats.Select(f => f.Name), Strings(report.GetProperty("formats")));
        Assert.Equal(cases, Strings(report.GetProperty("cases")));
        var outcomes = report.GetProperty("outcomes").EnumerateArray().ToList();
        foreach (var name in cases)
        {
            foreach (var format in manifest.Formats)
            {
                Assert.Contains(outcomes, o => o.GetProperty("case").GetString() == name && o.GetProperty("format").GetString() == format.Name);
            }
        }

        var findings = outcomes.SelectMany(o => o.GetProperty("findings").EnumerateArray()).ToList();
        Assert.All(findings, f =>
        {
            Assert.Contains(f.GetProperty("kind").GetString(), Kinds);
            Assert.Contains(f.GetProperty("severity").GetString(), Severities);
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("message").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("fix").GetString()));
        });

        var errors = findings.Count(f => f.GetProperty("severity").GetString() == "error") + outcomes.Sum(o => o.GetProperty("errors").GetArrayLength());
        Assert.Equal(errors, report.GetProperty("errors").GetInt32());
        Assert.True(result.ExitCode == (errors > 0 ? 1 : 0), result.ToString());
    }

    [Theory]
    [MemberData(nameof(BuiltInChecks.ImageTemplates), MemberType = typeof(BuiltInChecks))]
    public async Task Every_built_in_template_passes_check_with_no_errors(string id)
    {
        var (result, report) = await checks.RunAsync(id);

        var errors = report.GetProperty("outcomes").EnumerateArray()
            .SelectMany(o => o.GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("severity").GetString() == "error")
                .Select(f => $"{o.GetProperty("case").GetString()}: {f.GetProperty("message").GetString()}")
                .Concat(Strings(o.GetProperty("errors")).Select(e => $"{o.GetProperty("case").GetString()}: {e}")))
            .ToList();
        Assert.True(errors.Count == 0, $"{id}: {errors.Count} errors\n{string.Join("\n", errors)}");
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task A_template_whose_footer_is_pushed_off_the_canvas_fails_check_and_its_images_are_kept_as_rejected()
    {
        var template = ContentKit.Tests.Checks.PushedFooterTemplate.Create(_folder);
        var images = Path.Combine(_folder, "images");

        var result = await Contentkit.RunAsync(["check", template, "--out", images, "--templates", TestPaths.Templates], _ => null, width: 400);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Matches(new Regex(@"│ typical values in every field +│ story +│ story: .+ the bottom", RegexOptions.None, TimeSpan.FromSeconds(1)), result.Output);
        Assert.Matches(new Regex(@"Findings by kind: .*outside_canvas \d+", RegexOptions.None, TimeSpan.FromSeconds(1)), result.Output);
        Assert.Contains("01-typical-values-in-every-field-story.rejected.png", Directory.GetFiles(images).Select(Path.GetFileName));
        Assert.DoesNotContain("01-typical-values-in-every-field-story.png", Directory.GetFiles(images).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Text_below_the_brand_minimum_is_a_warning_that_fails_only_under_strict()
    {
        var template = Path.Combine(_folder, "kecil");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.json"), """
            { "id": "kecil", "title": "Kecil", "kind": "image", "formats": [ { "name": "feed", "width": 1080, "height": 1350 } ],
              "fields": [ { "name": "judul", "type": "text", "required": true, "max_length": 20 } ] }
            """);
        File.WriteAllText(Path.Combine(template, "layout.sbn"), """
            <column width="100%" height="100%" background="#FFFFFF" padding="80">
              <text size="8" color="#000000">{{ row.judul }}</text>
            </column>
            """);

        var plain = await Contentkit.RunAsync(["check", template, "--templates", TestPaths.Templates], _ => null, width: 400);
        var strict = await Contentkit.RunAsync(["check", template, "--strict", "--templates", TestPaths.Templates], _ => null, width: 400);

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Matches(new Regex(@"│ judul: long \(20 characters\) +│ feed +│ feed: text\[judul\] is 8 px", RegexOptions.None, TimeSpan.FromSeconds(1)), plain.Output);
        Assert.Contains("kecil: 5 stress cases in feed (5 images); errors: 0, warnings: 5.", plain.Output, StringComparison.Ordinal);
        Assert.True(strict.ExitCode == 1, strict.ToString());
    }

    [Fact]
    public async Task Check_of_a_video_template_is_a_template_error_that_says_why()
    {
        var result = await Contentkit.RunAsync(["check", "reels-pengumuman", "--templates", TestPaths.Templates]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("'reels-pengumuman' is a video template", result.Error, StringComparison.Ordinal);
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());
}
