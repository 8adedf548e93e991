using System.Reflection;
using System.Xml.Linq;

namespace ContentKit.Tests.Architecture;

/// <summary>
/// The library's public surface is pinned in PublicApi.txt beside this file: a change to it (a type made public, a
/// parameter added) fails here until the file is regenerated on purpose with <c>CONTENTKIT_UPDATE_API=1</c> and the
/// difference is read in review. Regeneration is refused in CI (<c>CI=true</c>), where nobody reads it.
/// </summary>
public sealed class PublicApiTests
{
    public const string UpdateVariable = "CONTENTKIT_UPDATE_API";

    private static readonly Assembly Library = typeof(Renderer).Assembly;

    private static string SnapshotPath => Path.Combine(TestPaths.RepoRoot, "tests", "ContentKit.Tests", "Architecture", "PublicApi.txt");

    [Fact]
    public void The_public_api_is_the_one_pinned_in_PublicApi_txt()
    {
        var actual = PublicApi.Of(Library);
        var actualPath = Path.ChangeExtension(SnapshotPath, ".actual.txt");
        if (UpdateRequested(Environment.GetEnvironmentVariable))
        {
            File.WriteAllText(SnapshotPath, actual);
            File.Delete(actualPath);
            return;
        }

        var expected = File.Exists(SnapshotPath) ? File.ReadAllText(SnapshotPath).ReplaceLineEndings("\n") : "";
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, actual);
        var before = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
        var after = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        Assert.Fail($"""
            The public API differs from {SnapshotPath} (the whole surface is in {actualPath}).
            Added:
            {string.Join(Environment.NewLine, after.Except(before).Select(line => "+ " + line))}
            Removed:
            {string.Join(Environment.NewLine, before.Except(after).Select(line => "- " + line))}
            If the change is meant, regenerate the file with {UpdateVariable}=1 and say why in the commit.
            """);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    public void Asking_to_regenerate_the_api_in_ci_fails_the_run(string update)
    {
        var environment = new Dictionary<string, string?> { [UpdateVariable] = update, ["CI"] = "true" };

        var error = Assert.Throws<InvalidOperationException>(() => UpdateRequested(name => environment.GetValueOrDefault(name)));

        Assert.Contains("CI=true", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData(null, false)]
    public void The_api_is_regenerated_only_when_asked_for(string? update, bool expected)
    {
        var environment = new Dictionary<string, string?> { [UpdateVariable] = update };

        Assert.Equal(expected, UpdateRequested(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void The_snapshot_sees_members_signatures_and_nullability()
    {
        var api = PublicApi.Of(Library);

        Assert.Contains("sealed class ContentKit.Renderer : System.IDisposable\n", api, StringComparison.Ordinal);
        Assert.Contains("    ContentKit.RenderResult Render(ContentKit.Templates.BoundRow row, ContentKit.Templates.OutputFormat format, ContentKit.Output.OutputType type, System.IO.Stream destination, System.Threading.CancellationToken cancellationToken = default)\n", api, StringComparison.Ordinal);
        Assert.Contains("    System.String? File { get; init; }\n", api, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_public_type_says_whether_it_is_thread_safe()
    {
        var docs = XDocument.Load(Path.ChangeExtension(Library.Location, ".xml"));
        var documented = docs.Descendants("member")
            .Where(member => ((string?)member.Attribute("name"))?.StartsWith("T:", StringComparison.Ordinal) == true)
            .ToDictionary(member => ((string)member.Attribute("name")!)[2..], member => member.Value, StringComparer.Ordinal);

        // An enum is a value: there is nothing to share between threads.
        var silent = Library.GetExportedTypes()
            .Where(type => !type.IsEnum)
            .Select(type => type.FullName!.Replace('+', '.'))
            .Where(name => !documented.TryGetValue(name, out var text) || !text.Contains("thread", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(silent.Count == 0, $"Public types whose XML doc does not say whether they are thread-safe: {string.Join(", ", silent)}.");
    }

    [Fact]
    public void The_cli_uses_only_the_public_api_and_the_nearest_name_hint()
    {
        // The CLI's "did you mean" for a misspelt option is the library's NearestName, so a hint reads the same from
        // both; that one helper is the reason for InternalsVisibleTo("ContentKit.Cli"). Anything else it needs is public.
        var cli = Assembly.Load("ContentKit.Cli");
        var internals = cli.GetTypes()
            .SelectMany(type => TypeReferences.Of(type).Select(use => (From: TypeReferences.Outermost(type), use.Used, use.Where)))
            .Where(use => use.Used.Assembly == Library && !IsPublic(use.Used) && use.Used != typeof(NearestName))
            .Select(use => $"{use.From.FullName} ({use.Where}) uses {use.Used.FullName}")
            .Distinct()
            .ToList();

        Assert.True(internals.Count == 0, $"The CLI uses library internals: {string.Join(Environment.NewLine, internals)}");
    }

    /// <summary>True when the API file is to be rewritten; throws when that is asked for in CI, where nobody reads the change.</summary>
    internal static bool UpdateRequested(Func<string, string?> environment)
    {
        var update = environment(UpdateVariable);
        if (!string.IsNullOrEmpty(update) && string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{UpdateVariable}={update} is set in CI (CI=true). The public API is regenerated only by a person who read the difference; unset {UpdateVariable} in the CI job.");
        }

        return update == "1";
    }

    private static bool IsPublic(Type type) => type.IsPublic || (type.IsNestedPublic && IsPublic(type.DeclaringType!));
}
