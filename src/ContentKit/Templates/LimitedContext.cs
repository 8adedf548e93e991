using Scriban;

namespace ContentKit.Templates;

/// <summary>
/// The one place <see cref="TemplateLimits"/> reach a Scriban context: the layout file's and the manifest's alt text and
/// caption run under the same loop, recursion, string, output and time limits, with strict variables.
/// </summary>
internal static class LimitedContext
{
    /// <summary>Applies <paramref name="limits"/> to <paramref name="context"/>; the returned source cancels at the time limit (dispose it after the run).</summary>
    public static CancellationTokenSource Apply(TemplateContext context, TemplateLimits limits, CancellationToken cancellationToken)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        context.StrictVariables = true;
        context.EnableRelaxedMemberAccess = false;
        context.LoopLimit = limits.LoopLimit;
        context.RecursiveLimit = limits.RecursionLimit;
        context.ObjectRecursionLimit = limits.RecursionLimit;
        context.LimitToString = limits.StringLimit;
        context.OutputLimit = limits.OutputLimit;
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
        context.OnStringLimit = ScriptLimitBehavior.Throw;
        context.RegexTimeOut = limits.RegexTimeout;
        context.CancellationToken = timeout.Token;
        return timeout;
    }
}
