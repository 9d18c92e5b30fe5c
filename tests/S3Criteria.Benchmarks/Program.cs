using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

// In process: BenchmarkDotNet does not generate and build a project of its own under the repository's build policy
// (warnings as errors, central package management). Without --job the job is 3 warm-up and 9 measured iterations of
// 200 ms; with --job (short, medium, dry...) that job runs, in process too.
// Results go to artifacts/benchmarks under the current directory (git-ignored when run from the repository root),
// unless --artifacts says otherwise.
var config = DefaultConfig.Instance
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithArtifactsPath(Path.Combine(Environment.CurrentDirectory, "artifacts", "benchmarks"));
if (args.Any(a => a is "--job" or "-j"))
{
    if (!args.Any(a => a is "--inProcess" or "-i"))
    {
        args = [.. args, "--inProcess"];
    }
}
else
{
    config = config.AddJob(Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithWarmupCount(3)
        .WithIterationCount(9)
        .WithIterationTime(TimeInterval.FromMilliseconds(200))
        .AsDefault());
}

BenchmarkSwitcher.FromAssembly(typeof(S3Criteria.Benchmarks.Workloads).Assembly).Run(args, config);
