using System.Security.Cryptography;
using System.Text;

namespace ContentKit.Batch;

/// <summary>Each ready output's alt text and caption under its image, each with a button that copies it for posting.</summary>
internal static partial class ReportHtml
{
    /// <summary>
    /// The page's only script: a copy button copies the text after its heading. The page's Content-Security-Policy allows
    /// exactly this script by its hash (<see cref="ScriptHash"/>), so nothing else can run, as before there was a script.
    /// </summary>
    private const string CopyScript = """
        document.addEventListener('click', function (e) {
          var button = e.target.closest('button.copy');
          if (!button) { return; }
          var text = button.parentElement.nextElementSibling;
          var done = function () { button.textContent = button.dataset.done; };
          if (navigator.clipboard) {
            navigator.clipboard.writeText(text.textContent).then(done);
          } else {
            var range = document.createRange();
            range.selectNodeContents(text);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            if (document.execCommand('copy')) { done(); }
          }
        });
        """;

    /// <summary>The CSP source that allows <see cref="CopyScript"/>: <c>'sha256-…'</c>.</summary>
    private static readonly string ScriptHash = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(CopyScript)))}'";

    private static void AppendPostText(StringBuilder html, OutputDescription? description)
    {
        if (description is null)
        {
            return;
        }

        html.Append("<div class=\"post\">");
        foreach (var (heading, text) in new[] { (Messages.Report_Alt, description.Alt), (Messages.Report_Caption, description.Caption) })
        {
            html.Append("<p class=\"post-head\">").Append(Phrase(heading)).Append(" <button type=\"button\" class=\"copy\" data-done=\"")
                .Append(Phrase(Messages.Report_Copied)).Append("\">").Append(Phrase(Messages.Report_Copy)).Append("</button></p>")
                .Append("<p class=\"post-text\">").Append(Encode(text)).Append("</p>");
        }

        html.Append("</div>\n");
    }
}
