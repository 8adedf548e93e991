using Spectre.Console;
using Spectre.Console.Rendering;

namespace ContentKit.Cli;

/// <summary>
/// The console the commands get: every text segment of everything written (tables, summaries, progress) passes
/// through <see cref="TerminalText.Safe"/>; Spectre's own control codes (colours, cursor moves) pass as they are.
/// </summary>
internal sealed class SafeConsole(IAnsiConsole inner) : IAnsiConsole
{
    public Profile Profile => inner.Profile;

    public IAnsiConsoleCursor Cursor => inner.Cursor;

    public IAnsiConsoleInput Input => inner.Input;

    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    public RenderPipeline Pipeline => inner.Pipeline;

    public void Clear(bool home) => inner.Clear(home);

    public void Write(IRenderable renderable) => inner.Write(new SafeRenderable(renderable));

    public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);

    /// <summary>A renderable whose text segments are made safe as they are rendered.</summary>
    private sealed class SafeRenderable(IRenderable inner) : IRenderable
    {
        public Measurement Measure(Spectre.Console.Rendering.RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(Spectre.Console.Rendering.RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(s => s.IsControlCode || s.IsLineBreak ? s : new Segment(TerminalText.Safe(s.Text), s.Style, s.Link));
    }
}
