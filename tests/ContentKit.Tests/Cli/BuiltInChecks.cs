using System.Collections.Concurrent;
using System.Text.Json;
using ContentKit.Templates;

namespace ContentKit.Tests.Cli;

/// <summary>
/// <c>contentkit check ID --json</c> of each built-in image template, run once and shared by the tests that read it:
/// the check of all of them is the slowest thing these tests do.
/// </summary>
public sealed class BuiltInChecks
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(CliResult Result, JsonElement Report)>>> _runs = new(StringComparer.Ordinal);

    /// <summary>The ids of the built-in image templates (video templates are not design-checked).</summary>
    public static TheoryData<string> ImageTemplates()
    {
        var library = new TemplateLibrary(TestPaths.Templates);
        return [.. library.TemplateIds().Where(id => library.Load(id).Manifest.Kind == TemplateKind.Image)];
    }

    /// <summary>The run of <paramref name="id"/>'s check: what the command printed, and its JSON report.</summary>
    internal Task<(CliResult Result, JsonElement Report)> RunAsync(string id) =>
        _runs.GetOrAdd(id, key => new Lazy<Task<(CliResult, JsonElement)>>(async () =>
        {
            var result = await Contentkit.RunAsync(["check", key, "--json", "--templates", TestPaths.Templates]);
            Assert.True(result.Error.Length == 0, result.ToString());
            using var json = JsonDocument.Parse(result.Output);
            return (result, json.RootElement.Clone());
        })).Value;
}
