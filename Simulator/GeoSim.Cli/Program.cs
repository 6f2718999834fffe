using GeoSim.Cli;

return GeoSimApp.Run(args, Console.Out, Console.Error);
