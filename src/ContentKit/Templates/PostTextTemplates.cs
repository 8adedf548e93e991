using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanTemplate = Scriban.Template;

namespace ContentKit.Templates;

/// <summary>
/// A manifest's <c>alt</c> and <c>caption</c>, parsed once as Scriban templates that write plain text (nothing is
/// escaped: they never become markup). Errors name the manifest and the line the key is on.
/// </summary>
internal sealed partial class PostTextTemplates
{
    private readonly (ScribanTemplate Template, int Line)? _alt;
    private readonly (ScribanTemplate Template, int Line)? _caption;
    private readonly string _manifestPath;

    private PostTextTemplates(string manifestPath, (ScribanTemplate, int)? alt, (ScribanTemplate, int)? caption) =>
        (_manifestPath, _alt, _caption) = (manifestPath, alt, caption);

    /// <summary>True when the manifest declares either.</summary>
    public bool Any => _alt is not null || _caption is not null;

    public static PostTextTemplates Load(TemplateManifest manifest, string manifestPath)
    {
        var json = File.ReadAllText(manifestPath);
        return new PostTextTemplates(manifestPath, Parse("alt", manifest.Alt, json, manifestPath), Parse("caption", manifest.Caption, json, manifestPath));
    }

    /// <summary>Both texts for a model; an undeclared one is empty.</summary>
    public PostText Render(ScriptObject model, TemplateLimits limits, CancellationToken cancellationToken) =>
        new(Render("alt", _alt, model, limits, cancellationToken), Render("caption", _caption, model, limits, cancellationToken));

    private static (ScribanTemplate, int)? Parse(string key, string? text, string json, string manifestPath)
    {
        if (text is null)
        {
            return null;
        }

        var line = KeyLine(key, json);
        var template = ScribanTemplate.Parse(text, manifestPath);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new TemplateException(
                Localized.Format(Messages.Template_PostTextError, key, first.Message),
                new ErrorLocation(File: manifestPath, Line: line + first.Span.Start.Line));
        }

        return (template, line);
    }

    private string Render(string key, (ScribanTemplate Template, int Line)? entry, ScriptObject model, TemplateLimits limits, CancellationToken cancellationToken)
    {
        if (entry is not { } declared)
        {
            return "";
        }

        var context = new TemplateContext();
        using var timeout = LimitedContext.Apply(context, limits, cancellationToken);
        context.PushGlobal(model);
        try
        {
            return Tidy(declared.Template.Render(context));
        }
        catch (Exception e) when (timeout.IsCancellationRequested && e is OperationCanceledException or ScriptRuntimeException)
        {
            // As for the layout file: the user's Ctrl+C stays a cancellation, the time limit is the template's error.
            cancellationToken.ThrowIfCancellationRequested();
            throw new TemplateException(
                Localized.Format(Messages.Template_PostTextTimeout, key, limits.Timeout.TotalSeconds),
                new ErrorLocation(File: _manifestPath, Line: declared.Line),
                e);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException(
                Localized.Format(Messages.Template_PostTextError, key, e.OriginalMessage),
                new ErrorLocation(File: _manifestPath, Line: declared.Line + e.Span.Start.Line),
                e);
        }
    }

    /// <summary>Trimmed lines, at most one empty line in a row: an empty optional value leaves no gap.</summary>
    private static string Tidy(string text) =>
        BlankLines().Replace(string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => Spaces().Replace(l, " ").Trim())), "\n\n").Trim();

    /// <summary>The manifest's line (from 1) holding <c>"key":</c>, so an error points where the author wrote it.</summary>
    private static int KeyLine(string key, string json)
    {
        var match = Regex.Match(json, $"\"{key}\"\\s*:", RegexOptions.CultureInvariant);
        return match.Success ? json.AsSpan(0, match.Index).Count('\n') + 1 : 1;
    }

    [GeneratedRegex("\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex("[ \t]{2,}")]
    private static partial Regex Spaces();
}
