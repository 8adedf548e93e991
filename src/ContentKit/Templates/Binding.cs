namespace ContentKit.Templates;

/// <summary>How rows become outputs.</summary>
public enum Binding
{
    /// <summary>One output per row.</summary>
    Row,
}
