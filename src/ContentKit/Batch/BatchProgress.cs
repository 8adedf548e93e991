namespace ContentKit.Batch;

/// <summary>How far a batch is: rows finished (rendered or failed) out of all rows.</summary>
/// <param name="Done">Rows finished.</param>
/// <param name="Total">Rows in the batch.</param>
/// <param name="Failed">Rows that failed so far.</param>
/// <remarks>A value: safe to share between threads.</remarks>
public readonly record struct BatchProgress(int Done, int Total, int Failed);
