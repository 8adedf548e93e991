using System.Text;

namespace ContentKit.Cli;

/// <summary>The error writer the commands get: everything written passes through <see cref="TerminalText.Safe"/>.</summary>
internal sealed class SafeTextWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter's own setter takes null as the default line end.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => inner.Write(TerminalText.Safe(value.ToString()));

    public override void Write(string? value) => inner.Write(TerminalText.Safe(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(TerminalText.Safe(value));

    public override Task WriteAsync(string? value) => inner.WriteAsync(TerminalText.Safe(value));

    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(TerminalText.Safe(value));

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();
}
