namespace ContentKit.Templates;

/// <summary>Bounds on what one render of a layout file may do, so a runaway template fails instead of hanging.</summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed record TemplateLimits
{
    /// <summary>The defaults: plenty for any poster, small enough to stop an endless loop at once.</summary>
    public static TemplateLimits Default { get; } = new();

    /// <summary>Most iterations of one loop.</summary>
    public int LoopLimit { get; init; } = 1_000;

    /// <summary>Deepest nesting of function calls and includes.</summary>
    public int RecursionLimit { get; init; } = 50;

    /// <summary>Longest string an expression may build.</summary>
    public int StringLimit { get; init; } = 100_000;

    /// <summary>Most characters of markup one render may write.</summary>
    public int OutputLimit { get; init; } = 1_000_000;

    /// <summary>Longest time one run of the layout file may take, whatever it does.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest time a regular expression may run.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);
}
