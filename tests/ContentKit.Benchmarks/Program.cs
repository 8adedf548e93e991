using BenchmarkDotNet.Running;
using ContentKit.Benchmarks;

// Run through tests/bench/benchmarks.sh, which builds this project and ContentKit optimised; see README.md.
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, BenchmarkConfig.Create());
