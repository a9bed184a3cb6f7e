// A build warms its libraries up on the second core while the command line is read (Warmup); asking only for the
// version or the help needs none of them.
if (!args.Any(a => a is "--version" or "--help" or "-h" or "-?")) Publisher.Cli.Warmup.Start();
return Publisher.Cli.PublisherCommandLine.Run(args, Console.Out, Console.Error);
