using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ContentKit.Templates;

/// <summary>Lets <c>include</c> read files from the template's own folder and nowhere else.</summary>
internal sealed class ConfinedTemplateLoader(string folder) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Drawing.AssetResolver.Confine(folder, templateName)
        ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, Localized.Format(Messages.Include_Outside, templateName));

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, Localized.Format(Messages.Include_Missing, Path.GetFileName(templatePath)));

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
