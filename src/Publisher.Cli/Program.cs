return Publisher.Cli.PublisherCommandLine.Run(args, Console.Out, Console.Error);
