using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ContentKit.Templates;

/// <summary>
/// Scriban's <c>include</c>, whose result is marked as template markup. Included files are part of the
/// template (the loader keeps them inside its folder), so their output is written as markup, while
/// every other value an expression writes is escaped.
/// </summary>
internal sealed class IncludedMarkup : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(Result);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new Result(context.ObjectToString(_include.Invoke(context, callerContext, arguments, blockStatement)) ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new Result(context.ObjectToString(await _include.InvokeAsync(context, callerContext, arguments, blockStatement)) ?? "");

    /// <summary>Markup produced by the template itself.</summary>
    public sealed record Result(string Markup)
    {
        public override string ToString() => Markup;
    }
}
