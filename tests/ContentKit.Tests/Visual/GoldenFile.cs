namespace ContentKit.Tests.Visual;

/// <summary>
/// Reference files committed beside the tests. A missing or different reference fails the test and the
/// actual output is written beside it (<c>name.actual.ext</c>) for a person to look at. References are
/// only (re)written when CONTENTKIT_UPDATE_GOLDEN=1, never in CI, and a changed reference says why in its commit.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "CONTENTKIT_UPDATE_GOLDEN";

    public static string Folder(string area) => Path.Combine(TestPaths.RepoRoot, "tests", "ContentKit.Tests", area, "Golden");

    public static bool Updating => UpdateRequested(Environment.GetEnvironmentVariable);

    /// <summary>
    /// True when references are to be rewritten; throws when that is asked for in CI (<c>CI=true</c>), where
    /// nobody looks at the new images: a run that would accept them fails instead.
    /// </summary>
    public static bool UpdateRequested(Func<string, string?> environment)
    {
        var update = environment(UpdateVariable);
        if (!string.IsNullOrEmpty(update) && string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{UpdateVariable}={update} is set in CI (CI=true). References are accepted only by a person who looked at each new image; unset {UpdateVariable} in the CI job.");
        }

        return update == "1";
    }

    public static string ActualPath(string reference) =>
        Path.Combine(Path.GetDirectoryName(reference)!, $"{Path.GetFileNameWithoutExtension(reference)}.actual{Path.GetExtension(reference)}");

    /// <summary>Checks <paramref name="actual"/> against the reference; returns a failure message or null.</summary>
    public static string? Check(string reference, byte[] actual, Func<byte[], byte[], (bool Same, string Report)> compare)
    {
        var actualPath = ActualPath(reference);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(reference)!);
            File.WriteAllBytes(reference, actual);
            File.Delete(actualPath);
            return null;
        }

        if (!File.Exists(reference))
        {
            File.WriteAllBytes(actualPath, actual);
            return $"No reference {reference}; the output is at {actualPath}. Look at it, then accept it with CONTENTKIT_UPDATE_GOLDEN=1.";
        }

        var (same, report) = compare(File.ReadAllBytes(reference), actual);
        if (same)
        {
            File.Delete(actualPath);
            return null;
        }

        File.WriteAllBytes(actualPath, actual);
        return $"{Path.GetFileName(reference)}: {report}. The output is at {actualPath}.";
    }
}
