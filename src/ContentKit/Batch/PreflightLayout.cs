namespace ContentKit.Batch;

/// <summary>
/// The layout the preflight made of a batch's first output, handed once to whichever worker renders that output, so
/// the check that the template works costs no layout of its own. Thread-safe: exactly one caller gets it.
/// </summary>
internal sealed class PreflightLayout
{
    private readonly PlannedOutput? _output;
    private Renderer.LaidOut? _laidOut;

    public PreflightLayout(PlannedOutput? output = null, Renderer.LaidOut? laidOut = null) => (_output, _laidOut) = (output, laidOut);

    /// <summary>The preflight's layout when <paramref name="output"/> is the output it laid out and nobody took it yet; else null.</summary>
    public Renderer.LaidOut? Take(PlannedOutput output) =>
        ReferenceEquals(output, _output) && Volatile.Read(ref _laidOut) is { } laidOut
            ? Interlocked.CompareExchange(ref _laidOut, null, laidOut)
            : null;
}
