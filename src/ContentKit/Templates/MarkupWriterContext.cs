using System.Security;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ContentKit.Templates;

/// <summary>
/// The Scriban context that writes layout markup. Every value an expression writes is XML-escaped,
/// so a cell holding <c>&lt;b&gt;Tom &amp; "Jerry"&lt;/b&gt;</c> prints those characters and never adds an element;
/// only the template's own text is markup. It also records which template line produced each markup line, and puts a
/// <see cref="FieldMarks"/> mark before each value that shows a row's field: the fields the statement writing it read,
/// or the field the value itself came from (<c>{{ x = row.judul }}…{{ x }}</c>, an item of a list field).
/// </summary>
internal sealed class MarkupWriterContext : TemplateContext
{
    private readonly LineMappingOutput _output;
    private readonly List<string> _read = [];
    private readonly Dictionary<object, string> _sources = new(ReferenceEqualityComparer.Instance);

    public MarkupWriterContext()
    {
        _output = new LineMappingOutput(this);
        PushOutput(_output);
    }

    public string Markup => _output.Builder.ToString();

    /// <summary>For markup line n (1-based), the template line (1-based) that wrote its first character, at index n.</summary>
    public IReadOnlyList<int> TemplateLines => _output.TemplateLines;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        _output.ExpressionLine = span.Start.Line + 1;
        if (textAsObject is IncludedMarkup.Result included)
        {
            return base.Write(span, included.Markup);
        }

        var text = ObjectToString(textAsObject);
        if (string.IsNullOrEmpty(text))
        {
            return base.Write(span, text!);
        }

        var escaped = SecurityElement.Escape(FieldMarks.Clean(text));
        var fields = _read.ToList();
        if (textAsObject is not null && _sources.TryGetValue(textAsObject, out var source) && !fields.Contains(source))
        {
            fields.Add(source);
        }

        return base.Write(span, fields.Count == 0 ? escaped : FieldMarks.Mark(fields) + escaped);
    }

    /// <summary>A template read <paramref name="field"/> of a row: what the current statement writes shows it.</summary>
    public void FieldRead(string field, object? value)
    {
        if (!_read.Contains(field))
        {
            _read.Add(field);
        }

        // The value itself remembers its field, for when it is written by a later statement (a variable, a loop over a list).
        IEnumerable<object?> values = value is ScriptArray list ? list : [value];
        foreach (var item in values)
        {
            if (item is string { Length: > 0 } text)
            {
                _sources[text] = field;
            }
        }
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        // The fields a statement reads belong to what that statement writes: an if's condition is not its body's text.
        if (scriptNode is ScriptStatement and not ScriptBlockStatement)
        {
            _read.Clear();
        }

        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    private sealed class LineMappingOutput(TemplateContext context) : IScriptOutput
    {
        private readonly List<int> _templateLines = [0];

        public StringBuilder Builder { get; } = new();

        public IReadOnlyList<int> TemplateLines => _templateLines;

        public int ExpressionLine { get; set; } = 1;

        public void Write(string text, int offset, int count)
        {
            // Raw template text maps line for line; an expression's output stays on the expression's line.
            var raw = context.CurrentNode is ScriptRawStatement;
            var line = raw ? context.CurrentNode!.Span.Start.Line + 1 : ExpressionLine;
            if (_templateLines.Count == 1)
            {
                _templateLines.Add(line);
            }

            for (var i = offset; i < offset + count; i++)
            {
                if (text[i] == '\n')
                {
                    _templateLines.Add(raw ? ++line : line);
                }
            }

            Builder.Append(text, offset, count);
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }
    }
}
