using ContentKit.Batch;

namespace ContentKit.Tests.Batch;

/// <summary>Records every report as it is made (not posted later, as <see cref="Progress{T}"/> would).</summary>
internal sealed class RecordingProgress(Action<BatchProgress>? onReport = null) : IProgress<BatchProgress>
{
    private readonly List<BatchProgress> _reports = [];

    public IReadOnlyList<BatchProgress> Reports
    {
        get
        {
            lock (_reports)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(BatchProgress value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }

        onReport?.Invoke(value);
    }
}
