namespace ContentKit.Tests;

/// <summary>Folders of the repository, found from the test binaries so tests run from any working directory.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Templates => Path.Combine(RepoRoot, "templates");

    public static string Samples => Path.Combine(RepoRoot, "samples");

    /// <summary>A new empty folder under the system temp folder.</summary>
    public static string NewTempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "contentkit-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContentKit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"ContentKit.sln not found above {AppContext.BaseDirectory}.");
    }
}
