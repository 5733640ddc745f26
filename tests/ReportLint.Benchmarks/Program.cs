using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ReportLint.Benchmarks.LintThroughputBenchmarks).Assembly).Run(args);
