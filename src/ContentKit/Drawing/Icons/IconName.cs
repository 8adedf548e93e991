namespace ContentKit.Drawing.Icons;

/// <summary>
/// Icon names as markup writes them: lower-case letters, digits and '-' (<c>map-pin</c>).
/// The name becomes a file name, so anything else (a '/', '..', a drive letter) is refused before it reaches the disk.
/// </summary>
internal static class IconName
{
    public static bool IsValid(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
