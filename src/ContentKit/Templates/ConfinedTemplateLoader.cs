using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ContentKit.Templates;

/// <summary>Lets <c>include</c> read regular files from the template's own folder (links resolved) and nowhere else.</summary>
internal sealed class ConfinedTemplateLoader(string folder) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        AssetResolver.Confine(folder, templateName)
        ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, Localized.Format(Messages.Include_Outside, templateName));

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => FileKinds.Of(templatePath) switch
    {
        FileKind.Regular => File.ReadAllText(templatePath),
        FileKind.Missing => throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, Localized.Format(Messages.Include_Missing, Path.GetFileName(templatePath))),

        // A FIFO would block the render until something writes to it, a device might never end.
        _ => throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, Localized.Format(Messages.Include_NotFile, Path.GetFileName(templatePath))),
    };

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
