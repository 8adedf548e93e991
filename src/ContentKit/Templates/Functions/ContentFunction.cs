using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ContentKit.Templates.Functions;

/// <summary>
/// One template function taking a value and at most one option, registered as an explicit
/// <see cref="IScriptCustomFunction"/> so Scriban never reflects over .NET methods to call it.
/// A null or blank value writes nothing; an unreadable one fails with the function's name in the message.
/// </summary>
internal sealed class ContentFunction : IScriptCustomFunction
{
    private readonly Func<object, object?, string> _format;
    private readonly ScriptParameterInfo[] _parameters;

    /// <summary>Creates a function.</summary>
    /// <param name="name">The name templates call it by.</param>
    /// <param name="format">Formats the (non-blank) value with the option, which is null when not given.</param>
    /// <param name="option">The option's name, or null when the function takes none.</param>
    /// <param name="optionRequired">True when templates must pass the option.</param>
    public ContentFunction(string name, Func<object, object?, string> format, string? option = null, bool optionRequired = false)
    {
        Name = name;
        _format = format;
        var value = new ScriptParameterInfo(typeof(object), "value");
        _parameters = option switch
        {
            null => [value],
            _ when optionRequired => [value, new ScriptParameterInfo(typeof(object), option)],
            _ => [value, new ScriptParameterInfo(typeof(object), option, null)], // Scriban passes the default, null, when omitted
        };
        RequiredParameterCount = optionRequired ? 2 : 1;
    }

    /// <summary>The name templates call this function by.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public int RequiredParameterCount { get; }

    /// <inheritdoc />
    public int ParameterCount => _parameters.Length;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    /// <inheritdoc />
    public Type ReturnType => typeof(string);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => _parameters[index];

    /// <summary>Formats <c>arguments[0]</c> with the option in <c>arguments[1]</c>.</summary>
    /// <exception cref="ArgumentException">The value or option cannot be read; the message starts with <see cref="Name"/>.
    /// Scriban reports it as a <see cref="ScriptRuntimeException"/> at the call's template line.</exception>
    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var value = arguments[0];
        if (value is null || value is string text && string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        try
        {
            return _format(value, arguments.Count > 1 ? arguments[1] : null);
        }
        catch (ArgumentException error)
        {
            throw new ArgumentException($"{Name}: {error.Message}", error);
        }
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));
}
