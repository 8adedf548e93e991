namespace ContentKit.Cli;

/// <summary>The process exit codes scripts and CI jobs rely on.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SomeRowsFailed = 1;
    public const int UsageOrTemplateError = 2;
    public const int Cancelled = 130;
}
