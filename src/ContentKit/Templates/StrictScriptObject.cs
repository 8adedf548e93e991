using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ContentKit.Templates;

/// <summary>
/// A model object whose unknown members are errors: <c>row.judl</c> fails with the known names
/// instead of printing nothing, so a misspelt field is found by the first render.
/// </summary>
/// <param name="name">How the template names it, for the error.</param>
/// <param name="isRow">True for a row: its members are fields, and the markup writer is told which ones a template reads.</param>
internal sealed class StrictScriptObject(string name, bool isRow = false) : ScriptObject
{
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value))
        {
            if (isRow && context is MarkupWriterContext writer)
            {
                writer.FieldRead(member, value);
            }

            return true;
        }

        var hint = NearestName.Hint(member, Keys);
        throw new ScriptRuntimeException(span, Localized.Format(Messages.Model_NoMember, name, member, hint, string.Join(", ", Keys.Order())));
    }
}
