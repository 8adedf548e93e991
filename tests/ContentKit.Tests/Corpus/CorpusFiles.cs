namespace ContentKit.Tests.Corpus;

/// <summary>The committed hostile inputs in <c>Corpus/Files</c>, copied beside the test binaries.</summary>
internal static class CorpusFiles
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus", "Files");

    /// <summary>The full path of a corpus file, e.g. <c>data/empty.csv</c>.</summary>
    public static string Of(string relative)
    {
        var path = System.IO.Path.Combine(Folder, relative);
        Assert.True(File.Exists(path), $"Corpus file {relative} is missing from {Folder}.");
        return path;
    }

    /// <summary>Copies a corpus file into <paramref name="folder"/> (keeping its name unless given another) and returns the copy's path.</summary>
    public static string CopyTo(string relative, string folder, string? name = null)
    {
        Directory.CreateDirectory(folder);
        var copy = System.IO.Path.Combine(folder, name ?? System.IO.Path.GetFileName(relative));
        File.Copy(Of(relative), copy, overwrite: true);
        return copy;
    }

    public static string ReadText(string relative) => File.ReadAllText(Of(relative));
}
