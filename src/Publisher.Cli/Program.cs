Publisher.Cli.Warmup.Start();
return Publisher.Cli.PublisherCommandLine.Run(args, Console.Out, Console.Error);
