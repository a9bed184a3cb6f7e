using Spectre.Console;

namespace Publisher.Cli;

/// <summary>
/// The live display a person sees on a terminal while books are built: one row per book with what
/// it is doing. It only appears when the book waited for is not done after a moment, so a quick
/// build prints its lines and nothing else, and it clears itself before those lines are printed,
/// so the terminal ends up holding exactly what a redirected run prints.
/// </summary>
public sealed class BuildProgress(TextWriter stdout, TimeSpan delay)
{
    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(stdout),
        // Only made when stdout is a terminal (CliEnvironment.Interactive), so no need to ask again.
        Interactive = InteractionSupport.Yes,
        Ansi = AnsiSupport.Yes,
    });

    /// <summary>Returns when <paramref name="awaited"/> is done, showing every unfinished book meanwhile.</summary>
    public void WaitFor(BookJob awaited, Task done, IReadOnlyList<BookJob> jobs)
    {
        if (done.Wait(delay)) return;
        _console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .Start(context =>
            {
                var rows = jobs.Where(j => !j.Finished || j == awaited)
                    .Select(job => (Job: job, Task: context.AddTask(Describe(job), maxValue: 1)))
                    .ToList();
                while (!done.Wait(TimeSpan.FromMilliseconds(100)))
                    Update(rows);
                Update(rows);
            });
    }

    private static void Update(List<(BookJob Job, ProgressTask Task)> rows)
    {
        foreach (var (job, task) in rows)
        {
            task.Description = Describe(job);
            task.IsIndeterminate = !job.Finished;
            if (job.Finished) task.Value = task.MaxValue;
        }
    }

    private static string Describe(BookJob job) => Markup.Escape($"{job.Name}: {job.Phase}");
}
