namespace ContentKit.Benchmarks;

/// <summary>Folders of the repository, found from the benchmark binaries so the suite runs from any working directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContentKit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"ContentKit.sln not found above {AppContext.BaseDirectory}; run the benchmarks from a build inside the repository.");
    }
}
