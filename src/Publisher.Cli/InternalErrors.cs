using Publisher.Core.Diagnostics;

namespace Publisher.Cli;

/// <summary>
/// The last line of defence of every command: a diagnostic is printed as one line, and a fault
/// in Publisher itself as one line too, with its stack trace only when PUBLISHER_DEBUG asks.
/// </summary>
public static class InternalErrors
{
    public const string DebugVariable = "PUBLISHER_DEBUG";

    public static int Guard(DiagnosticLog log, CliEnvironment environment, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (BuildFailedException e)
        {
            log.Write(e.Diagnostic);
            return ExitCodes.BuildFailed;
        }
        catch (Exception e)
        {
            Report(log, environment, e);
            return ExitCodes.BuildFailed;
        }
    }

    public static void Report(DiagnosticLog log, CliEnvironment environment, Exception e)
    {
        // A library of the system that is not installed (ICU) is the machine's problem, not a fault in Publisher: the
        // message says what to install.
        if (MissingLibrary(e) is { } missing)
        {
            log.Error(OneLine(missing.Message));
            return;
        }
        if (environment.Variable(DebugVariable) is "1" or "true")
            log.Error($"internal error: {e}");
        else
            log.Error($"internal error: {OneLine(e.Message)} (set {DebugVariable}=1 to see where it happened)");
    }

    private static DllNotFoundException? MissingLibrary(Exception? e) => e switch
    {
        DllNotFoundException missing => missing,
        AggregateException many => many.InnerExceptions.Select(MissingLibrary).FirstOrDefault(m => m is not null),
        null => null,
        _ => MissingLibrary(e.InnerException),
    };

    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
