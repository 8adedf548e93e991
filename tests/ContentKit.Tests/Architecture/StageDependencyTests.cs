using System.Reflection;
using ContentKit.Text;

namespace ContentKit.Tests.Architecture;

/// <summary>
/// The stages of src/ContentKit only use the stages the allowed graph (<see cref="Stages.Allowed"/>, and the table in
/// docs/architecture.md) lets them use: a type that reaches back up the pipeline, in a field, a signature or a single
/// call inside a method body, fails here with the type, the member and the type it used.
/// </summary>
public sealed class StageDependencyTests
{
    private static readonly Assembly Library = typeof(Renderer).Assembly;

    [Fact]
    public void Every_stage_uses_only_the_stages_the_graph_allows()
    {
        var backReferences = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in Library.GetTypes())
        {
            if (Stages.Of(type) is not { } from)
            {
                continue;
            }

            foreach (var (used, where) in TypeReferences.Of(type))
            {
                if (used.Assembly != Library || Stages.Of(used) is not { } to || to == from || !Stages.Allowed.TryGetValue(from, out var allowed) || allowed.Contains(to))
                {
                    continue;
                }

                backReferences.Add($"{from} → {to}: {TypeReferences.Outermost(type).FullName} ({where}) uses {used.FullName}");
            }
        }

        Assert.True(backReferences.Count == 0, $"""
            {backReferences.Count} use(s) the allowed graph (tests/ContentKit.Tests/Architecture/Stages.cs, docs/architecture.md) does not allow.
            Move what both sides need to a stage below, or to the shared root; see docs/architecture.md, "Stages and what they may use":
            {string.Join(Environment.NewLine, backReferences)}
            """);
    }

    [Fact]
    public void Every_folder_of_the_library_is_a_stage_of_the_graph()
    {
        var unknown = Library.GetTypes()
            .Select(Stages.Of)
            .OfType<string>()
            .Where(stage => !Stages.Allowed.ContainsKey(stage))
            .Distinct()
            .ToList();

        Assert.True(unknown.Count == 0, $"Folders with no place in the allowed graph: {string.Join(", ", unknown)}. Add each to Stages.Allowed and docs/architecture.md.");
    }

    [Fact]
    public void The_allowed_graph_has_no_cycle()
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in Stages.Allowed.Keys)
        {
            Visit(stage, []);
        }

        void Visit(string stage, List<string> path)
        {
            Assert.False(path.Contains(stage), $"The allowed graph has a cycle: {string.Join(" → ", path.Append(stage))}.");
            if (!done.Add(stage))
            {
                return;
            }

            foreach (var next in Stages.Allowed[stage])
            {
                Visit(next, [.. path, stage]);
            }
        }
    }

    [Fact]
    public void The_architecture_doc_states_the_graph_the_test_checks()
    {
        var doc = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "docs", "architecture.md"));
        var start = Array.FindIndex(doc, line => line.Contains("allowed-graph:start", StringComparison.Ordinal));
        var end = Array.FindIndex(doc, line => line.Contains("allowed-graph:end", StringComparison.Ordinal));
        Assert.True(start >= 0 && end > start, "docs/architecture.md has no table between <!-- allowed-graph:start --> and <!-- allowed-graph:end -->.");

        var stated = doc[(start + 1)..end]
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(
                cells => cells[1].Trim('`'),
                cells => string.Join(", ", cells[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(s => s != "—").Select(s => s.Trim('`')).Order(StringComparer.Ordinal)),
                StringComparer.Ordinal);
        var tested = Stages.Allowed.ToDictionary(pair => pair.Key, pair => string.Join(", ", pair.Value.Order(StringComparer.Ordinal)), StringComparer.Ordinal);

        Assert.Equal(tested.OrderBy(p => p.Key, StringComparer.Ordinal), stated.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_use_inside_a_method_body_is_seen()
    {
        var uses = TypeReferences.Of(typeof(BodyOnly)).Select(use => use.Used).ToList();

        Assert.Contains(typeof(IParagraph), uses);
        Assert.Contains(typeof(StringComparer), uses);
    }

    [Fact]
    public void A_use_inside_a_lambda_belongs_to_the_type_that_wrote_it()
    {
        var generated = typeof(BodyOnly).GetNestedTypes(BindingFlags.NonPublic).Single(nested => nested.Name.Contains("<>c", StringComparison.Ordinal));

        // BodyOnly is itself nested in this class, so the source file is this class's.
        Assert.Equal(typeof(StageDependencyTests), TypeReferences.Outermost(generated));
        Assert.Contains(typeof(IParagraph), TypeReferences.Of(generated).Select(use => use.Used));
    }

    /// <summary>Uses IParagraph and StringComparer only in method bodies: no field, signature or base type names them.</summary>
    private sealed class BodyOnly
    {
        public static object Run() => StringComparer.Ordinal.GetHashCode() is var hash && hash != 0 ? Counted(typeof(IParagraph)) : hash;

        public static Func<object, bool> Lambda() => item => item is IParagraph;

        private static int Counted(Type type) => type.Name.Length;
    }
}
