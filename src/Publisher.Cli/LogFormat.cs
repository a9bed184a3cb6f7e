namespace Publisher.Cli;

/// <summary>How diagnostics are printed (<c>--log</c>).</summary>
public enum LogFormat
{
    /// <summary><c>path:line:col: error CODE: message</c>, for people and editors.</summary>
    Text,
    /// <summary>GitHub Actions workflow commands: annotations on the pull request's files.</summary>
    Github,
    /// <summary>One JSON object per line, for other tools.</summary>
    Json,
}
