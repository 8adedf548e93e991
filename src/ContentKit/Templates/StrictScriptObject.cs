using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ContentKit.Templates;

/// <summary>
/// A model object whose unknown members are errors: <c>row.judl</c> fails with the known names
/// instead of printing nothing, so a misspelt field is found by the first render.
/// </summary>
internal sealed class StrictScriptObject(string name) : ScriptObject
{
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value))
        {
            return true;
        }

        var hint = NearestName.Hint(member, Keys);
        throw new ScriptRuntimeException(span, Localized.Format(Messages.Model_NoMember, name, member, hint, string.Join(", ", Keys.Order())));
    }
}
