Console.WriteLine("CareerBot benchmarks: not written yet.");
