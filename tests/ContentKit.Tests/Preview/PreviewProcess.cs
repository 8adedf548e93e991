using System.Text;
using System.Text.RegularExpressions;
using ContentKit.Cli;
using Spectre.Console;

namespace ContentKit.Tests.Preview;

/// <summary><c>contentkit preview …</c> running in-process until disposed (its Ctrl+C), with the address it printed.</summary>
internal sealed partial class PreviewProcess : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly AddressWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly Task<int> _run;

    public PreviewProcess(params string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        _run = Task.Run(() => CliApplication.RunAsync(["preview", .. args, "--port", "0"], console, _error, _ => null, _stop.Token));
    }

    /// <summary>The page's address, once the server listens; fails with what the command said if it stopped first.</summary>
    public async Task<string> AddressAsync()
    {
        var first = await Task.WhenAny(_output.Address, _run, Task.Delay(TimeSpan.FromMinutes(2)));
        if (first == _output.Address)
        {
            return await _output.Address;
        }

        throw new InvalidOperationException($"preview did not print its address; exit {(_run.IsCompleted ? _run.Result : "none yet")}: {_error}");
    }

    /// <summary>Stops the preview as Ctrl+C does and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _run.WaitAsync(TimeSpan.FromMinutes(1));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_run.IsCompleted)
        {
            await StopAsync();
        }

        _stop.Dispose();
        _error.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Url();

    /// <summary>Collects what the command prints and completes <see cref="Address"/> with the first address in it.</summary>
    private sealed class AddressWriter : TextWriter
    {
        private readonly StringBuilder _text = new();
        private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> Address => _address.Task;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_text)
            {
                _text.Append(value);
                if (value == '\n' && Url().Match(_text.ToString()) is { Success: true } match)
                {
                    _address.TrySetResult(match.Value);
                }
            }
        }
    }
}
