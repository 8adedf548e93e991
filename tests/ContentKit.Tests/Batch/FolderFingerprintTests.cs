using ContentKit.Batch;

namespace ContentKit.Tests.Batch;

public sealed class FolderFingerprintTests
{
    [Fact]
    public void Editing_adding_or_renaming_a_file_changes_the_fingerprint()
    {
        var folder = FolderWithFiles();
        var first = FolderFingerprints.Of(folder);
        Assert.Equal(first, FolderFingerprints.Of(folder));

        File.WriteAllText(Path.Combine(folder, "icons", "a.svg"), "<svg>B</svg>");
        var edited = FolderFingerprints.Of(folder);
        Assert.NotEqual(first, edited);

        File.WriteAllText(Path.Combine(folder, "c.txt"), "new");
        var added = FolderFingerprints.Of(folder);
        Assert.NotEqual(edited, added);

        File.Move(Path.Combine(folder, "c.txt"), Path.Combine(folder, "d.txt"));
        Assert.NotEqual(added, FolderFingerprints.Of(folder));
    }

    [Fact]
    public void A_file_touched_without_a_change_keeps_the_fingerprint()
    {
        var folder = FolderWithFiles();
        var first = FolderFingerprints.Of(folder);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "b.ttf"), DateTime.UtcNow.AddMinutes(-5));
        Assert.Equal(first, FolderFingerprints.Of(folder));
    }

    [Fact]
    public void An_unchanged_listing_is_not_read_again()
    {
        // Same size and modification time: the remembered hash is used, the file is not opened. That is the bargain.
        var folder = FolderWithFiles();
        var file = Path.Combine(folder, "icons", "a.svg");
        var first = FolderFingerprints.Of(folder);
        var time = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, "<svg>Z</svg>");
        File.SetLastWriteTimeUtc(file, time);
        Assert.Equal(first, FolderFingerprints.Of(folder));

        File.SetLastWriteTimeUtc(file, time.AddSeconds(1));
        Assert.NotEqual(first, FolderFingerprints.Of(folder));
    }

    [Fact]
    public void A_missing_folder_has_an_empty_fingerprint() =>
        Assert.Equal("", FolderFingerprints.Of(Path.Combine(TestPaths.NewTempFolder(), "absent")));

    private static string FolderWithFiles()
    {
        var folder = TestPaths.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "icons"));
        File.WriteAllText(Path.Combine(folder, "icons", "a.svg"), "<svg>A</svg>");
        File.WriteAllBytes(Path.Combine(folder, "b.ttf"), [1, 2, 3]);
        return folder;
    }
}
