using ContentKit.Drawing.Icons;

namespace ContentKit.Tests.Icons;

/// <summary>The icon set that ships in <c>templates/icons</c>.</summary>
internal static class BundledIcons
{
    public static string Folder => Path.Combine(TestPaths.Templates, "icons");

    public static string SetFolder => Path.Combine(Folder, IconLibrary.SetFolder);

    public static IconLibrary Open() => new(Folder);
}
