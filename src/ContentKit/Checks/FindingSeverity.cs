namespace ContentKit.Checks;

/// <summary>How bad a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>Worth a look; the output is still ready (unless the batch is strict).</summary>
    Warning,

    /// <summary>The output is not fit to post: it is written as <c>*.rejected.*</c> and its row fails.</summary>
    Error,
}
