namespace Publisher.Cli;

/// <summary>The process's exit codes (docs/cli.md).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The build failed: bad input, or an error inside Publisher.</summary>
    public const int BuildFailed = 1;
    /// <summary>The command line was wrong: unknown option or book, bad value.</summary>
    public const int Usage = 2;
}
