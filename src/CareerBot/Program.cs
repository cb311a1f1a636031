Console.WriteLine("CareerBot: host not wired yet.");
