namespace ContentKit.Layout.Markup;

/// <summary>The attributes one kind of element accepts, each with the code that applies its value.</summary>
internal sealed class AttributeTable<T>
{
    private readonly Dictionary<string, Func<T, string, T>> _setters = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _setters.Keys;

    public AttributeTable<T> Add(string name, Func<T, string, T> apply)
    {
        _setters.Add(name, apply);
        return this;
    }

    public bool TryApply(string name, string value, ref T target)
    {
        if (!_setters.TryGetValue(name, out var apply))
        {
            return false;
        }

        target = apply(target, value);
        return true;
    }
}
