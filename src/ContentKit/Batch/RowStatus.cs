namespace ContentKit.Batch;

/// <summary>What happened to one row.</summary>
public enum RowStatus
{
    /// <summary>Every output of the row was written.</summary>
    Ok,

    /// <summary>The row did not render; its messages say why.</summary>
    Failed,
}
