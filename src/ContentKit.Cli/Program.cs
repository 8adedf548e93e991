using ContentKit.Cli;
using Spectre.Console;

return await CliApplication.RunAsync(args, AnsiConsole.Console, Console.Error);
