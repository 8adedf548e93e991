using ContentKit.Layout;

namespace ContentKit.Video;

/// <summary>A count-up's box by reference (laid-out boxes compare by value, which walks their trees) and the number shown.</summary>
internal sealed class CountKey : IEqualityComparer<(LayoutBox Box, string Text)>
{
    public static CountKey Instance { get; } = new();

    public bool Equals((LayoutBox Box, string Text) x, (LayoutBox Box, string Text) y) =>
        ReferenceEquals(x.Box, y.Box) && string.Equals(x.Text, y.Text, StringComparison.Ordinal);

    public int GetHashCode((LayoutBox Box, string Text) key) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Box), StringComparer.Ordinal.GetHashCode(key.Text));
}
