Console.WriteLine("geosim");
