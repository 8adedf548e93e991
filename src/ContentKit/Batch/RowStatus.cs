namespace ContentKit.Batch;

/// <summary>What happened to one row.</summary>
public enum RowStatus
{
    /// <summary>Every output of the row was written.</summary>
    Ok,

    /// <summary>The row did not render; its messages say why.</summary>
    Failed,

    /// <summary>Nothing was rendered for the row: its outputs are up to date, or the batch stopped (cancelled, --fail-fast) first.</summary>
    Skipped,
}
