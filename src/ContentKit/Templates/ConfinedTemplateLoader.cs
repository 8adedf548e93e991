using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ContentKit.Templates;

/// <summary>Lets <c>include</c> read files from the template's own folder and nowhere else.</summary>
internal sealed class ConfinedTemplateLoader(string folder) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Drawing.AssetResolver.Confine(folder, templateName)
        ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"include '{templateName}' points outside the template folder; include files from inside it.");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"include file '{Path.GetFileName(templatePath)}' does not exist in the template folder.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
