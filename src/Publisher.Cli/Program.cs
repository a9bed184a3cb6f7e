// Only the version asked for: printed before the command line is built, which costs more than printing it (the whole
// tree of commands and options, for one line). System.CommandLine prints the same informational version.
if (args is ["--version"])
{
    Console.Out.WriteLine(Publisher.Cli.PublisherCommandLine.Version);
    return 0;
}
// A build warms its libraries up on the second core while the command line is read (Warmup); asking only for the
// help needs none of them.
if (!args.Any(a => a is "--version" or "--help" or "-h" or "-?")) Publisher.Cli.Warmup.Start();
// This process is the tool's own, ended by the build: a build may keep its garbage to the end (BuildRoom).
Publisher.Cli.BuildRoom.Enabled = true;
return Publisher.Cli.PublisherCommandLine.Run(args, Console.Out, Console.Error);
